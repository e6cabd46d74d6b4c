package io.github.sparkimpex.examples.yaml;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import java.util.zip.ZipFile;

import io.github.sparkimpex.emulator.SparkImpexEmulator;
import io.github.sparkimpex.emulator.admin.VersionInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** promotion.camel.yaml, loaded by the YAML DSL as `camel run` loads it, moves dev's pricing folder into prod. */
class PromotionYamlRouteTest {

    @TempDir
    Path packages;

    @Test
    void promotesDevsPricingFolderIntoProdAndLogsWhatWasAdded() throws Exception {
        try (SparkImpexEmulator emulator = SparkImpexEmulator.builder().seedResource(SparkImpexEmulator.SAMPLE_SEED).start();
             LogLines log = LogLines.of("spark-impex.promotion")) {
            Properties settings = YamlRoutes.tenantsOf(emulator);
            settings.setProperty("promotion.packageDirectory", packages.toString());

            try (YamlRoutes routes = YamlRoutes.start("classpath:routes/promotion.camel.yaml", settings)) {
                await().atMost(Duration.ofSeconds(30))
                        .until(() -> log.lines().stream().anyMatch(line -> line.startsWith("Promotion done")));
            }

            assertThat(log.lines()).contains(
                    "  pricing/discount -> pricing-v2/discount: added",
                    "  pricing/quote -> pricing-v2/quote: added");
            assertThat(emulator.admin().service("prod", "pricing-v2", "quote").orElseThrow().versions())
                    .extracting(VersionInfo::version).containsExactly("1.2.0");
            assertThat(emulator.admin().service("prod", "pricing-v2", "discount").orElseThrow().versions())
                    .extracting(VersionInfo::version).containsExactly("1.0.0");
            assertThat(emulator.admin().jobs("prod")).singleElement()
                    .satisfies(job -> assertThat(job.status()).isEqualTo("completed"));
            try (var kept = Files.list(packages)) {
                Path pkg = kept.findFirst().orElseThrow();
                try (ZipFile zip = new ZipFile(pkg.toFile())) {
                    assertThat(zip.getEntry("manifest.json")).as("the kept package is a Spark export").isNotNull();
                }
            }
        }
    }
}
