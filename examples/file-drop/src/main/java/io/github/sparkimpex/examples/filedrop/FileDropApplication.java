package io.github.sparkimpex.examples.filedrop;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.Properties;

import org.apache.camel.main.Main;
import org.apache.camel.support.processor.idempotent.FileIdempotentRepository;

/**
 * The file drop on Camel Main. With {@code filedrop.emulator=true} (the default) it runs a short demo against an
 * embedded Spark emulator ({@link FileDropDemo}); set it to false and give {@code filedrop.baseUrl} and
 * {@code filedrop.apiKey} to watch a real inbox for a real tenant until stopped.
 */
public final class FileDropApplication {

    /** Keys of application.properties that JVM system properties ({@code -Dfiledrop.inbox=...}) may override. */
    private static final String PREFIX = "filedrop.";

    /** Hashes of imported packages kept in memory; older ones are still found in the file. */
    private static final int HASHES_IN_MEMORY = 10_000;

    private FileDropApplication() {
    }

    public static void main(String[] args) throws Exception {
        Properties settings = settings(new Properties());
        if (Boolean.parseBoolean(settings.getProperty("filedrop.emulator"))) {
            FileDropDemo.run(settings);
        } else {
            newMain(settings).run();
        }
    }

    /** application.properties, then {@code filedrop.*} system properties, then {@code overrides}. */
    public static Properties settings(Properties overrides) throws IOException {
        Properties settings = new Properties();
        try (InputStream in = FileDropApplication.class.getResourceAsStream("/application.properties")) {
            settings.load(in);
        }
        System.getProperties().stringPropertyNames().stream().filter(key -> key.startsWith(PREFIX))
                .forEach(key -> settings.setProperty(key, System.getProperty(key)));
        settings.putAll(overrides);
        return settings;
    }

    /** Starts watching the inbox; stop the returned {@link Main} to stop. */
    public static Main start(Properties settings) throws Exception {
        Main main = newMain(settings);
        main.start();
        return main;
    }

    private static Main newMain(Properties settings) throws IOException {
        File store = new File(settings.getProperty("filedrop.importedStore"));
        Files.createDirectories(store.getAbsoluteFile().getParentFile().toPath());

        Main main = new Main();
        main.setOverrideProperties(settings);
        main.bind("packageHash", new PackageHash());
        main.bind("importedPackages", FileIdempotentRepository.fileIdempotentRepository(store, HASHES_IN_MEMORY));
        main.bind("packageFiles", new PackageFileStrategy(Long.parseLong(settings.getProperty("filedrop.readLockCheckInterval"))));
        main.configure().addRoutesBuilder(new FileDropRoutes());
        return main;
    }
}
