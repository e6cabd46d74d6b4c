package io.github.sparkimpex.emulator;

import io.github.sparkimpex.emulator.admin.ServiceInfo;
import io.github.sparkimpex.emulator.seed.EmulatorSeed;
import io.github.sparkimpex.emulator.seed.SeedReader;
import io.github.sparkimpex.emulator.seed.VersionSeed;
import io.github.sparkimpex.emulator.support.ImpexClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Seeds in YAML, JSON and Java, and what the emulator derives from them. */
class SeedReaderTest {

    @Test
    void sampleSeedDescribesDevAndProd() {
        EmulatorSeed seed = SeedReader.readResource(SparkImpexEmulator.SAMPLE_SEED);

        assertThat(seed.tenants().keySet()).containsExactly("dev", "prod");
        assertThat(seed.tenants().get("dev").folders().get("pricing").services().keySet())
                .containsExactly("quote", "discount");
        assertThat(seed.tenants().get("prod").folders().keySet()).containsExactly("pricing", "pricing-v2");
        assertThat(seed.tenants().get("prod").folders().get("pricing").services()).containsKey("quote");
        assertThat(seed.defaultPayloadSize()).isEqualTo(2048);
    }

    @Test
    void yamlSeedFileWithStringAndObjectForms(@TempDir Path directory) throws IOException {
        Path file = directory.resolve("seed.yaml");
        Files.writeString(file, """
                tenants:
                  dev:
                    apiKeys: [dev-key]
                    clients: [{clientId: dev-client, clientSecret: dev-secret}]
                    users: [{token: dev-user-token, email: alice@example.com}]
                    folders:
                      pricing:
                        services:
                          quote: {versions: ["1.0.0", "1.1.0"]}
                          other:
                            versions:
                              - {version: "2.0.0", versionId: "280341de-04d4-482c-ad4c-b8c03fffa517", payloadSize: 7}
                  prod:
                    folders: {pricing-prod: {}}
                """);

        try (SparkImpexEmulator emulator = SparkImpexEmulator.builder().seed(file).start()) {
            assertThat(emulator.admin().service("dev", "pricing", "quote").orElseThrow().versionNumbers())
                    .containsExactly("1.0.0", "1.1.0");
            assertThat(emulator.admin().service("dev", "pricing", "other").orElseThrow().versions().get(0).versionId())
                    .isEqualTo("280341de-04d4-482c-ad4c-b8c03fffa517");
            assertThat(emulator.admin().folders("prod")).containsExactly("pricing-prod");
            assertThat(emulator.apiKey("prod")).isEqualTo("prod-key");
            assertThat(emulator.clientId("prod")).isEqualTo("prod-client");
            assertThat(emulator.clientSecret("prod")).isEqualTo("prod-secret");
        }
    }

    @Test
    void jsonSeedResourceWithFixedIdsAndNamedKeys() {
        try (SparkImpexEmulator emulator = SparkImpexEmulator.builder().seedResource("seeds/json-seed.json").start()) {
            ServiceInfo fx = emulator.admin().service("acme", "rates", "fx").orElseThrow();
            assertThat(fx.serviceId()).isEqualTo("ad04acec-6836-4e0c-9540-c54596509979");
            assertThat(fx.version("1.1.0").orElseThrow().versionId()).isEqualTo("4b05a3ea-92fa-4168-8bcd-5f732a5adc5d");

            ImpexClient acme = ImpexClient.withApiKey(emulator, "acme");
            String id = acme.exportJob("{\"inputs\":{\"services\":[\"rates/fx[1.1]\"]}}");
            assertThat(emulator.admin().job("acme", id).orElseThrow().createdBy()).isEqualTo("ci-pipeline");
        }
    }

    @Test
    void idsLeftOutAreStableAcrossStarts() {
        EmulatorSeed seed = EmulatorSeed.builder()
                .tenant("dev", tenant -> tenant.folder("pricing", folder -> folder.service("quote", "1.0.0")))
                .build();

        ServiceInfo first;
        try (SparkImpexEmulator emulator = SparkImpexEmulator.builder().seed(seed).start()) {
            first = emulator.admin().service("dev", "pricing", "quote").orElseThrow();
        }
        try (SparkImpexEmulator emulator = SparkImpexEmulator.builder().seed(seed).start()) {
            assertThat(emulator.admin().service("dev", "pricing", "quote").orElseThrow()).isEqualTo(first);
        }
    }

    @Test
    void stringFormsAreReadFromJson() {
        assertThat(VersionSeed.of("1.2.3")).isEqualTo(new VersionSeed("1.2.3", null, null));
    }

    @Test
    void typosInASeedFailLoudly(@TempDir Path directory) throws IOException {
        Path file = directory.resolve("typo.yaml");
        Files.writeString(file, "tenants:\n  dev:\n    apiKey: [dev-key]\n");

        assertThatThrownBy(() -> SeedReader.read(file)).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("apiKey");
    }

    @Test
    void invalidVersionsAreRejectedAtStart() {
        EmulatorSeed seed = EmulatorSeed.builder()
                .tenant("dev", tenant -> tenant.folder("pricing", folder -> folder.service("quote", "v1")))
                .build();

        assertThatThrownBy(() -> SparkImpexEmulator.builder().seed(seed).start())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("semantic version");
    }

    @Test
    void missingResourceIsReported() {
        assertThatThrownBy(() -> SeedReader.readResource("seeds/none.yaml"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("seeds/none.yaml");
    }
}
