package io.github.sparkimpex.examples.promotion;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.zip.ZipFile;

import io.github.sparkimpex.emulator.SparkImpexEmulator;
import io.github.sparkimpex.emulator.admin.ServiceInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The main job end to end: dev's pricing folder lands in prod's pricing-v2, the package stays on disk. */
class PromotionApplicationTest {

    @TempDir
    Path packages;

    @Test
    void promotesTheFolderAndReportsWhatWasAdded() throws Exception {
        try (SparkImpexEmulator emulator = SparkImpexEmulator.builder().seedResource(SparkImpexEmulator.SAMPLE_SEED).start()) {
            Properties settings = settingsFor(emulator);

            PromotionOutcome outcome = PromotionApplication.promote(settings);

            assertThat(outcome.failure()).isNull();
            assertThat(outcome.report())
                    .contains("pricing/quote    -> pricing-v2/quote", "pricing/discount -> pricing-v2/discount")
                    .contains("Summary: services 2 added; versions 2 added");
            assertThat(emulator.admin().services("prod"))
                    .extracting(s -> s.folder() + "/" + s.service())
                    .contains("pricing-v2/quote", "pricing-v2/discount", "pricing/quote");
            ServiceInfo quote = emulator.admin().service("prod", "pricing-v2", "quote").orElseThrow();
            assertThat(quote.versions()).extracting(v -> v.version()).containsExactly("1.2.0");

            try (var kept = Files.list(packages)) {
                Path pkg = kept.findFirst().orElseThrow();
                try (ZipFile zip = new ZipFile(pkg.toFile())) {
                    assertThat(zip.getEntry("manifest.json")).isNotNull();
                }
            }
        }
    }

    /** Points the application at a test-owned emulator, so the test can inspect prod afterwards. */
    private Properties settingsFor(SparkImpexEmulator emulator) {
        Properties settings = new Properties();
        settings.setProperty("promotion.emulator", "false");
        settings.setProperty("promotion.source.baseUrl", emulator.baseUrl("dev"));
        settings.setProperty("promotion.source.apiKey", emulator.apiKey("dev"));
        settings.setProperty("promotion.target.baseUrl", emulator.baseUrl("prod"));
        settings.setProperty("promotion.target.apiKey", emulator.apiKey("prod"));
        settings.setProperty("promotion.packageDirectory", packages.toString());
        return settings;
    }

    @Test
    void aFailedPromotionReportsSparksReason() throws Exception {
        try (SparkImpexEmulator emulator = SparkImpexEmulator.builder().seedResource(SparkImpexEmulator.SAMPLE_SEED).start()) {
            Properties settings = settingsFor(emulator);
            settings.setProperty("promotion.folder", "no-such-folder");

            PromotionOutcome outcome = PromotionApplication.promote(settings);

            assertThat(outcome.report()).isNull();
            assertThat(outcome.failure()).hasMessageContaining("failed").hasMessageContaining("no-such-folder");
        }
    }
}
