package io.github.sparkimpex.emulator.seed;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Reads an {@link EmulatorSeed} from a YAML or JSON document; the format follows the file name's extension. */
public final class SeedReader {

    private static final ObjectMapper YAML = configure(new ObjectMapper(new YAMLFactory()));
    private static final ObjectMapper JSON = configure(new ObjectMapper());

    private SeedReader() {
    }

    public static EmulatorSeed read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read seed " + file + ": " + e.getMessage(), e);
        }
    }

    /** Reads a seed from the class path, e.g. {@code seeds/dev-prod.yaml}. */
    public static EmulatorSeed readResource(String resource) {
        String name = resource.startsWith("/") ? resource.substring(1) : resource;
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        InputStream in = loader == null ? null : loader.getResourceAsStream(name);
        if (in == null) {
            in = SeedReader.class.getClassLoader().getResourceAsStream(name);
        }
        if (in == null) {
            throw new IllegalArgumentException("Seed resource not found on the class path: " + resource);
        }
        try (InputStream stream = in) {
            return read(stream, name);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read seed resource " + resource + ": " + e.getMessage(), e);
        }
    }

    /** Reads a seed; {@code fileName} only decides the format (JSON for {@code .json}, YAML otherwise). */
    public static EmulatorSeed read(InputStream in, String fileName) throws IOException {
        ObjectMapper mapper = fileName.toLowerCase(Locale.ROOT).endsWith(".json") ? JSON : YAML;
        EmulatorSeed seed = mapper.readValue(in, EmulatorSeed.class);
        return seed == null ? EmulatorSeed.empty() : seed;
    }

    private static ObjectMapper configure(ObjectMapper mapper) {
        // A typo in a seed should fail loudly instead of silently dropping a tenant's keys.
        return mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }
}
