package io.github.sparkimpex.examples.s3;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import org.apache.camel.main.Main;

/**
 * The scheduled backup on Camel Main. With {@code backup.embedded=true} (the default) it runs one backup against an
 * embedded Spark emulator and an embedded S3 server and prints what landed in the bucket ({@link ExportToS3Demo});
 * set it to false and give {@code spark.*} and {@code s3.*} to back up a real tenant to a real bucket until stopped.
 */
public final class ExportToS3Application {

    /** Keys of application.properties that JVM system properties ({@code -Dbackup.folder=...}) may override. */
    private static final String[] PREFIXES = {"backup.", "spark.", "s3."};

    private ExportToS3Application() {
    }

    public static void main(String[] args) throws Exception {
        Properties settings = settings(new Properties());
        if (Boolean.parseBoolean(settings.getProperty("backup.embedded"))) {
            ExportToS3Demo.run(settings);
        } else {
            newMain(settings).run();
        }
    }

    /** application.properties, then matching system properties, then {@code overrides}. */
    public static Properties settings(Properties overrides) throws IOException {
        Properties settings = new Properties();
        try (InputStream in = ExportToS3Application.class.getResourceAsStream("/application.properties")) {
            settings.load(in);
        }
        for (String key : System.getProperties().stringPropertyNames()) {
            for (String prefix : PREFIXES) {
                if (key.startsWith(prefix)) {
                    settings.setProperty(key, System.getProperty(key));
                }
            }
        }
        settings.putAll(overrides);
        return settings;
    }

    /** Starts the schedule; stop the returned {@link Main} to stop it. */
    public static Main start(Properties settings) throws Exception {
        Main main = newMain(settings);
        main.start();
        return main;
    }

    private static Main newMain(Properties settings) {
        Main main = new Main();
        main.setOverrideProperties(settings);
        main.configure().addRoutesBuilder(new BackupRoutes());
        return main;
    }
}
