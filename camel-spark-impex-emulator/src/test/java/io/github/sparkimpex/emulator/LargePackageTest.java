package io.github.sparkimpex.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sparkimpex.emulator.seed.EmulatorSeed;
import io.github.sparkimpex.emulator.seed.ServiceSeed;
import io.github.sparkimpex.emulator.seed.VersionSeed;
import io.github.sparkimpex.emulator.support.ImpexClient;
import io.github.sparkimpex.emulator.support.Packages;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Packages of several megabytes go out and come back whole (Undertow alone would refuse bodies over 2 MB). */
class LargePackageTest {

    private static final int PAYLOAD = 6 * 1024 * 1024;

    @Test
    void multiMegabytePackageRoundTrips() {
        EmulatorSeed seed = EmulatorSeed.builder()
                .tenant("dev", tenant -> tenant.folder("pricing", folder -> folder.service("quote",
                        new ServiceSeed(null, List.of(new VersionSeed("1.0.0", null, PAYLOAD))))))
                .tenant("prod", tenant -> tenant.folder("pricing"))
                .build();
        try (SparkImpexEmulator emulator = SparkImpexEmulator.builder().seed(seed).pollsUntilDone(0)
                .maxPackageSize(10L * 1024 * 1024).start()) {
            ImpexClient dev = ImpexClient.withApiKey(emulator, "dev");
            ImpexClient prod = ImpexClient.withApiKey(emulator, "prod");
            byte[] zip = dev.exportPackage("{\"inputs\":{\"folders\":[\"pricing\"]}}");

            JsonNode imported = prod.importAndWait(zip, null);
            byte[] back = prod.exportPackage("{\"inputs\":{\"folders\":[\"pricing\"]}}");

            assertThat(zip.length).isGreaterThan(PAYLOAD);
            assertThat(imported.get("status").asText()).as(imported.toString()).isEqualTo("completed");
            String entry = "services/pricing/quote/1.0.0/quote.xlsx";
            assertThat(Packages.sha256(Packages.entries(back).get(entry)))
                    .isEqualTo(Packages.sha256(Packages.entries(zip).get(entry)));
        }
    }
}
