package io.github.sparkimpex.client;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The client and model layers can be used without Camel: they must not import any Camel type. */
class LayeringTest {

    @Test
    void clientAndModelHaveNoCamelTypes() throws IOException {
        Path sources = Path.of("src/main/java/io/github/sparkimpex");
        List<Path> offenders;
        try (Stream<Path> files = Stream.concat(Files.walk(sources.resolve("client")), Files.walk(sources.resolve("model")))) {
            offenders = files.filter(f -> f.toString().endsWith(".java")).filter(LayeringTest::mentionsCamel).toList();
        }
        assertThat(offenders).isEmpty();
        try (Stream<Path> files = Files.walk(sources.resolve("client"))) {
            assertThat(files.filter(f -> f.toString().endsWith(".java")).count()).isGreaterThan(10);
        }
    }

    private static boolean mentionsCamel(Path file) {
        try {
            return Files.readString(file).contains("org.apache.camel");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
