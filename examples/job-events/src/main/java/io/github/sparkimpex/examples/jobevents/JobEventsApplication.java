package io.github.sparkimpex.examples.jobevents;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.Properties;

import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.apache.camel.main.Main;
import org.apache.camel.support.processor.idempotent.FileIdempotentRepository;

/**
 * The job events on Camel Main. With {@code events.embedded=true} (the default) it runs a short demo with an embedded
 * Spark emulator, Artemis broker and mail server ({@link JobEventsDemo}); set it to false and give {@code spark.*},
 * {@code jms.brokerUrl} and {@code mail.*} to follow a real tenant until stopped.
 */
public final class JobEventsApplication {

    /** Keys of application.properties that JVM system properties ({@code -Dmail.to=...}) may override. */
    private static final String[] PREFIXES = {"events.", "spark.", "jms.", "mail."};

    private JobEventsApplication() {
    }

    public static void main(String[] args) throws Exception {
        Properties settings = settings(new Properties());
        if (Boolean.parseBoolean(settings.getProperty("events.embedded"))) {
            JobEventsDemo.run(settings);
        } else {
            newMain(settings).run();
        }
    }

    /** application.properties, then matching system properties, then {@code overrides}. */
    public static Properties settings(Properties overrides) throws IOException {
        Properties settings = new Properties();
        try (InputStream in = JobEventsApplication.class.getResourceAsStream("/application.properties")) {
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

    /** Starts following the tenant; stop the returned {@link Main} to stop. */
    public static Main start(Properties settings) throws Exception {
        Main main = newMain(settings);
        main.start();
        return main;
    }

    private static Main newMain(Properties settings) throws IOException {
        File emitted = new File(settings.getProperty("events.emittedStore"));
        Files.createDirectories(emitted.getAbsoluteFile().getParentFile().toPath());

        Main main = new Main();
        main.setOverrideProperties(settings);
        // The jms component uses it through camel.component.jms.connection-factory=#artemis (application.properties).
        main.bind("artemis", new ActiveMQConnectionFactory(settings.getProperty("jms.brokerUrl")));
        // Which ended jobs were published: kept on disk, so a restart neither repeats nor loses an event.
        main.bind("emittedJobs", FileIdempotentRepository.fileIdempotentRepository(emitted, 10_000));
        main.configure().addRoutesBuilder(new JobEventsRoutes());
        return main;
    }
}
