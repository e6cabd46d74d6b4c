package io.github.sparkimpex.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sparkimpex.emulator.seed.TenantSeed;
import io.github.sparkimpex.emulator.seed.UserSeed;
import io.github.sparkimpex.emulator.support.HttpResult;
import io.github.sparkimpex.emulator.support.ImpexClient;
import io.github.sparkimpex.emulator.support.MutableClock;
import io.github.sparkimpex.emulator.support.TestHttp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** How jobs move through their states, how they are cancelled, and the one-job-per-tenant limit. */
class JobLifecycleTest {

    private static final String EXPORT_QUOTE = "{\"inputs\":{\"services\":[\"pricing/quote\"]}}";

    @RegisterExtension
    static final SparkImpexEmulatorExtension SPARK = SparkImpexEmulatorExtension.withSampleSeed().resetBeforeEach();

    private ImpexClient dev;

    @BeforeEach
    void client() {
        dev = ImpexClient.withApiKey(SPARK.emulator(), "dev");
    }

    @Test
    void jobAnswersInProgressForTheConfiguredPollsThenCompletes() {
        HttpResult started = dev.startExport(EXPORT_QUOTE);
        String id = started.json().get("id").asText();

        assertThat(started.json().get("status").asText()).isEqualTo("in_progress");
        assertThat(dev.status("export", id).json().get("status").asText()).isEqualTo("in_progress");
        assertThat(dev.status("export", id).json().get("status").asText()).isEqualTo("completed");
        assertThat(dev.status("export", id).json().get("status").asText()).isEqualTo("completed");
        assertThat(SPARK.admin().job("dev", id).orElseThrow().statusPolls()).isEqualTo(3);
    }

    @Test
    void pollCountInitialAndSuccessStatusAreConfigurable() {
        try (SparkImpexEmulator emulator = SparkImpexEmulator.builder().seedResource(SparkImpexEmulator.SAMPLE_SEED)
                .pollsUntilDone(3).initialStatus("created").successStatus("closed").start()) {
            ImpexClient client = ImpexClient.withApiKey(emulator, "dev");
            HttpResult started = client.startExport(EXPORT_QUOTE);
            String id = started.json().get("id").asText();

            List<String> seen = new ArrayList<>();
            seen.add(started.json().get("status").asText());
            for (int poll = 0; poll < 4; poll++) {
                seen.add(client.status("export", id).json().get("status").asText());
            }

            assertThat(seen).containsExactly("created", "in_progress", "in_progress", "in_progress", "closed");
        }
    }

    @Test
    void withAJobDurationJobsCompleteOnTheirOwn() {
        try (SparkImpexEmulator emulator = SparkImpexEmulator.builder().seedResource(SparkImpexEmulator.SAMPLE_SEED)
                .jobDuration(Duration.ofMillis(500)).start()) {
            ImpexClient client = ImpexClient.withApiKey(emulator, "dev");
            HttpResult started = client.startExport(EXPORT_QUOTE);
            String id = started.json().get("id").asText();

            assertThat(started.json().get("status").asText()).isEqualTo("in_progress");
            await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                    assertThat(emulator.admin().job("dev", id).orElseThrow().status()).isEqualTo("completed"));
            assertThat(client.status("export", id).json().at("/outputs/files")).hasSize(1);
        }
    }

    @Test
    void cancellingAnExportEndsItAndFreesTheTenantsSlot() {
        String id = dev.exportJob(EXPORT_QUOTE);

        HttpResult cancelled = dev.cancel("export", id);

        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.json().get("id").asText()).isEqualTo(id);
        assertThat(cancelled.json().get("status").asText()).isEqualTo("cancelled");
        assertThat(cancelled.json().get("errors").isNull()).isTrue();
        assertThat(dev.status("export", id).json().get("status").asText()).isEqualTo("cancelled");
        assertThat(dev.status("export", id).json().at("/outputs/files")).isEmpty();
        assertThat(dev.startExport(EXPORT_QUOTE).status()).isEqualTo(200);
    }

    @Test
    void cancellingAnImportLeavesTheTenantUnchanged() {
        byte[] zip = dev.exportPackage("{\"inputs\":{\"services\":[\"pricing/discount\"]}}");
        ImpexClient prod = ImpexClient.withApiKey(SPARK.emulator(), "prod");
        String id = prod.importJob(zip, null);

        HttpResult cancelled = prod.cancel("import", id);

        assertThat(cancelled.json().get("status").asText()).isEqualTo("cancelled");
        assertThat(prod.awaitEnd("import", id).get("status").asText()).isEqualTo("cancelled");
        assertThat(SPARK.admin().service("prod", "pricing", "discount")).isEmpty();
    }

    @Test
    void cancellingAFinishedJobKeepsItsState() {
        String id = dev.exportJob(EXPORT_QUOTE);
        dev.awaitEnd("export", id);

        HttpResult response = dev.cancel("export", id);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("status").asText()).isEqualTo("completed");
    }

    @Test
    void statusChangeOtherThanCancelIsABadRequest() {
        String id = dev.exportJob(EXPORT_QUOTE);

        HttpResult wrongValue = TestHttp.patchJson(dev.url("export/" + id), "{\"export_status\":\"completed\"}", dev.auth());
        HttpResult wrongField = TestHttp.patchJson(dev.url("export/" + id), "{\"import_status\":\"cancelled\"}", dev.auth());

        assertThat(wrongValue.status()).isEqualTo(400);
        assertThat(wrongValue.json().get("error_code").asText()).isEqualTo("INVALID_STATUS_CHANGE");
        assertThat(wrongField.status()).isEqualTo(400);
        assertThat(SPARK.admin().job("dev", id).orElseThrow().status()).isEqualTo("in_progress");
    }

    @Test
    void unknownJobsAreNotFound() {
        String exportId = dev.exportJob(EXPORT_QUOTE);
        ImpexClient prod = ImpexClient.withApiKey(SPARK.emulator(), "prod");

        assertThat(dev.status("export", "00000000-0000-0000-0000-000000000000").status()).isEqualTo(404);
        assertThat(dev.status("import", exportId).status()).isEqualTo(404);
        HttpResult otherTenant = prod.status("export", exportId);
        assertThat(otherTenant.status()).isEqualTo(404);
        assertThat(otherTenant.json().get("error_code").asText()).isEqualTo("JOB_NOT_FOUND");
        assertThat(prod.cancel("export", exportId).status()).isEqualTo(404);
    }

    @Test
    void secondJobOfATypeIsRefusedWithTheRunningJobId() {
        String running = dev.exportJob(EXPORT_QUOTE);

        HttpResult refused = dev.startExport(EXPORT_QUOTE);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("error_code").asText()).isEqualTo("JOB_LIMIT_REACHED");
        assertThat(refused.json().get("job_id").asText()).isEqualTo(running);
        assertThat(refused.json().get("message").asText()).contains(running);
        assertThat(SPARK.admin().jobs("dev")).hasSize(1);

        dev.awaitEnd("export", running);
        assertThat(dev.startExport(EXPORT_QUOTE).status()).isEqualTo(200);
    }

    @Test
    void concurrentSubmissionsGetExactlyOneSlot() {
        List<CompletableFuture<HttpResult>> attempts = IntStream.range(0, 8)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> dev.startExport(EXPORT_QUOTE)))
                .toList();

        List<Integer> statuses = attempts.stream().map(CompletableFuture::join).map(HttpResult::status).toList();

        assertThat(statuses).filteredOn(status -> status == 200).hasSize(1);
        assertThat(statuses).filteredOn(status -> status == 409).hasSize(7);
        assertThat(SPARK.admin().jobs("dev")).hasSize(1);
    }

    @Test
    void exportAndImportLimitsAreIndependentAndPerTenant() {
        byte[] zip = dev.exportPackage("{\"inputs\":{\"services\":[\"pricing/discount\"]}}");
        String runningExport = dev.exportJob(EXPORT_QUOTE);
        ImpexClient prod = ImpexClient.withApiKey(SPARK.emulator(), "prod");

        HttpResult importInDev = dev.startImport(zip, "{\"services_existing\":\"replace\"}");
        HttpResult exportInProd = prod.startExport("{\"inputs\":{\"folders\":[\"pricing\"]}}");

        assertThat(importInDev.status()).as(importInDev.toString()).isEqualTo(200);
        assertThat(exportInProd.status()).isEqualTo(200);
        assertThat(dev.startImport(zip, null).json().get("job_id").asText())
                .isEqualTo(importInDev.json().get("id").asText());
        assertThat(dev.awaitEnd("export", runningExport).get("status").asText()).isEqualTo("completed");
    }

    @Test
    void jobLimitStatusIsConfigurable() {
        try (SparkImpexEmulator emulator = SparkImpexEmulator.builder().seedResource(SparkImpexEmulator.SAMPLE_SEED)
                .jobLimitStatus(429).start()) {
            ImpexClient client = ImpexClient.withApiKey(emulator, "dev");
            client.exportJob(EXPORT_QUOTE);

            HttpResult refused = client.startExport(EXPORT_QUOTE);

            assertThat(refused.status()).isEqualTo(429);
            assertThat(refused.json().get("error_code").asText()).isEqualTo("JOB_LIMIT_REACHED");
        }
    }

    @Test
    void tenantWideStatusListsRunningAndRecentJobs() {
        String first = dev.exportJob(EXPORT_QUOTE);
        dev.awaitEnd("export", first);
        String second = dev.exportJob(EXPORT_QUOTE);

        JsonNode listing = dev.tenantStatus("export").json();

        assertThat(listing.get("in_progress_exports")).hasSize(1);
        JsonNode running = listing.at("/in_progress_exports/0");
        assertThat(running.get("object").asText()).isEqualTo("export");
        assertThat(running.get("id").asText()).isEqualTo(second);
        assertThat(running.at("/data/export_status").asText()).isEqualTo("in_progress");
        assertThat(running.at("/data/created_by").asText()).isEqualTo("dev-api-key-1");
        assertThat(running.at("/data/created_timestamp").asText()).endsWith("Z");
        assertThat(running.at("/data/updated_timestamp").asText()).endsWith("Z");
        assertThat(running.at("/data/response_timestamp").asText()).endsWith("Z");
        assertThat(running.at("/data/process_time").isIntegralNumber()).isTrue();
        assertThat(listing.at("/recent_exports/0/id").asText()).isEqualTo(first);
        assertThat(listing.at("/recent_exports/0/data/export_status").asText()).isEqualTo("completed");
        assertThat(listing.at("/tenant/configuration/export_api_job_limit").asInt()).isEqualTo(1);
        assertThat(listing.at("/tenant/status/export_api_jobs_in_progress").asInt()).isEqualTo(1);
        assertThat(SPARK.admin().job("dev", second).orElseThrow().statusPolls())
                .as("listing is not a status poll").isZero();
    }

    @Test
    void tenantWideImportStatusUsesImportNames() {
        byte[] zip = dev.exportPackage("{\"inputs\":{\"services\":[\"pricing/discount\"]}}");
        ImpexClient prod = ImpexClient.withBearer(SPARK.emulator(), "prod", SPARK.issueToken("prod"));
        String id = prod.importJob(zip, null);

        JsonNode listing = prod.tenantStatus("import").json();

        assertThat(listing.at("/in_progress_imports/0/id").asText()).isEqualTo(id);
        assertThat(listing.at("/in_progress_imports/0/object").asText()).isEqualTo("import");
        assertThat(listing.at("/in_progress_imports/0/data/import_status").asText()).isEqualTo("in_progress");
        assertThat(listing.at("/in_progress_imports/0/data/created_by").asText()).isEqualTo("service-account-prod-client");
        assertThat(listing.get("recent_imports")).isEmpty();
        assertThat(listing.at("/tenant/configuration/import_api_job_limit").asInt()).isEqualTo(1);
        assertThat(listing.at("/tenant/status/import_api_jobs_in_progress").asInt()).isEqualTo(1);
    }

    @Test
    void callersSeeOnlyTheirOwnJobsUnlessSupervisor() {
        SPARK.admin().createTenant("qa", TenantSeed.builder()
                .apiKey("qa-key")
                .user("alice-token", "alice@example.com")
                .user(new UserSeed("boss-token", "boss@example.com", true))
                .folder("pricing", folder -> folder.service("quote", "1.0.0"))
                .build());
        String id = ImpexClient.withApiKey(SPARK.emulator(), "qa").exportJob(EXPORT_QUOTE);

        JsonNode alice = ImpexClient.withBearer(SPARK.emulator(), "qa", "alice-token").tenantStatus("export").json();
        JsonNode boss = ImpexClient.withBearer(SPARK.emulator(), "qa", "boss-token").tenantStatus("export").json();

        assertThat(alice.get("in_progress_exports")).isEmpty();
        assertThat(alice.at("/tenant/status/export_api_jobs_in_progress").asInt()).isEqualTo(1);
        assertThat(boss.at("/in_progress_exports/0/id").asText()).isEqualTo(id);
    }

    @Test
    void recentJobsAreThoseThatEndedWithinTheLastHour() {
        MutableClock clock = new MutableClock(Instant.parse("2025-06-01T10:00:00Z"));
        try (SparkImpexEmulator emulator = SparkImpexEmulator.builder().seedResource(SparkImpexEmulator.SAMPLE_SEED)
                .pollsUntilDone(0).clock(clock).start()) {
            ImpexClient client = ImpexClient.withApiKey(emulator, "dev");
            String id = client.exportJob(EXPORT_QUOTE);
            client.awaitEnd("export", id);

            clock.advance(Duration.ofMinutes(59));
            assertThat(client.tenantStatus("export").json().at("/recent_exports/0/id").asText()).isEqualTo(id);
            clock.advance(Duration.ofMinutes(2));
            assertThat(client.tenantStatus("export").json().get("recent_exports")).isEmpty();
        }
    }
}
