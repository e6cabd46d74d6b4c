package io.github.sparkimpex.emulator;

import io.github.sparkimpex.emulator.standalone.StandaloneArguments;
import io.github.sparkimpex.emulator.standalone.StartupBanner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The command line of the standalone emulator and what it prints on start. */
class StandaloneTest {

    @Test
    void optionsConfigureTheEmulator(@TempDir Path directory) throws IOException {
        Path seed = directory.resolve("seed.yaml");
        Files.writeString(seed, "tenants:\n  solo:\n    folders: {f: {}}\n");

        StandaloneArguments arguments = StandaloneArguments.parse("--port", "0", "--file-port", "0", "--seed",
                seed.toString(), "--polls-until-done", "3", "--job-duration", "1500ms", "--token-lifetime", "2m",
                "--max-package-size", "10MB", "--job-limit-status", "429", "--payload-size", "64");

        var settings = arguments.builder().settings();
        assertThat(arguments.help()).isFalse();
        assertThat(settings.port()).isZero();
        assertThat(settings.pollsUntilDone()).isEqualTo(3);
        assertThat(settings.jobDuration()).isEqualTo(Duration.ofMillis(1500));
        assertThat(settings.tokenLifetime()).isEqualTo(Duration.ofMinutes(2));
        assertThat(settings.maxPackageSize()).isEqualTo(10L * 1024 * 1024);
        assertThat(settings.jobLimitStatus()).isEqualTo(429);
        assertThat(settings.defaultPayloadSize()).isEqualTo(64);
        try (SparkImpexEmulator emulator = arguments.builder().start()) {
            assertThat(emulator.admin().tenants()).containsExactly("solo");
        }
    }

    @Test
    void defaultsUseTheSampleSeedOnPorts8080And8081() {
        StandaloneArguments arguments = StandaloneArguments.parse();

        assertThat(arguments.builder().settings().port()).isEqualTo(8080);
        assertThat(arguments.builder().settings().filePort()).isEqualTo(8081);
        assertThat(StandaloneArguments.parse("--help").help()).isTrue();
    }

    @Test
    void badOptionsAreExplained() {
        assertThatThrownBy(() -> StandaloneArguments.parse("--port")).hasMessageContaining("Missing value");
        assertThatThrownBy(() -> StandaloneArguments.parse("--port", "x")).hasMessageContaining("whole number");
        assertThatThrownBy(() -> StandaloneArguments.parse("--colour", "red")).hasMessageContaining("Unknown option");
        assertThatThrownBy(() -> StandaloneArguments.parse("--seed", "/no/such.yaml")).hasMessageContaining("not found");
        assertThatThrownBy(() -> StandaloneArguments.parse("--job-duration", "soon")).hasMessageContaining("duration");
        assertThatThrownBy(() -> StandaloneArguments.parse("--max-package-size", "big")).hasMessageContaining("size");
    }

    @Test
    void bannerShowsUrlsAndSeededCredentials() {
        try (SparkImpexEmulator emulator = StandaloneArguments.parse("--port", "0", "--file-port", "0").builder().start()) {
            List<String> banner = StartupBanner.lines(emulator);

            assertThat(String.join("\n", banner))
                    .contains(emulator.apiBaseUrl(), emulator.fileBaseUrl(), emulator.baseUrl("dev"),
                            emulator.tokenUrl("prod"), "dev-key", "dev-client / dev-secret", "dev-user-token",
                            "prod-key", "/_admin");
        }
    }
}
