package io.github.sparkimpex.examples.yaml;

import java.time.Duration;
import java.util.List;
import java.util.Properties;

import io.github.sparkimpex.emulator.SparkImpexEmulator;
import io.github.sparkimpex.emulator.admin.JobInfo;
import io.github.sparkimpex.emulator.admin.VersionInfo;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * export-to-prod.camel.yaml with the two Kamelets, loaded from the classpath as camel-kamelet finds them: an export
 * completed on dev is imported into prod by spark-impex-import-sink, and spark-impex-job-source reports each prod
 * import once.
 */
class ExportToProdKameletsTest {

    private SparkImpexEmulator emulator;
    private YamlRoutes routes;
    private MockEndpoint events;

    @BeforeEach
    void start() throws Exception {
        emulator = SparkImpexEmulator.builder().seedResource(SparkImpexEmulator.SAMPLE_SEED).start();
        Properties settings = YamlRoutes.tenantsOf(emulator);
        settings.setProperty("jobs.delay", "200");
        settings.setProperty("jobEvents.uri", "mock:job-events");
        routes = YamlRoutes.start("classpath:routes/export-to-prod.camel.yaml", settings);
        events = routes.context().getEndpoint("mock:job-events", MockEndpoint.class);
    }

    @AfterEach
    void stop() throws Exception {
        routes.close();
        emulator.close();
    }

    @Test
    void eachExportOnDevIsImportedIntoProdOnceAndEachImportReportedOnce() {
        exportOnDev("pricing/quote");

        await().atMost(Duration.ofSeconds(20)).until(() -> events.getReceivedCounter() == 1);
        assertThat(prodQuoteVersions()).as("dev's 1.2.0 added after prod's 1.0.0, numbered minor").containsExactly("1.0.0", "1.1.0");
        JobInfo imported = single(emulator.admin().jobs("prod"));
        assertThat(imported.status()).isEqualTo("completed");
        Exchange event = events.getReceivedExchanges().get(0);
        assertThat(event.getMessage().getHeader("CamelSparkImpexJobId")).isEqualTo(imported.id());
        assertThat(event.getMessage().getHeader("CamelSparkImpexJobType")).isEqualTo("import");
        assertThat(event.getMessage().getHeader("CamelSparkImpexJobStatus")).isEqualTo("completed");
        assertThat(event.getMessage().getBody(String.class)).as("the event body converts to Spark's JSON")
                .contains("\"id\":\"" + imported.id() + "\"");

        exportOnDev("pricing/quote");

        await().atMost(Duration.ofSeconds(20)).until(() -> events.getReceivedCounter() == 2);
        // Many more polls later, neither kamelet has repeated a job: no third import, no third event.
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                .until(() -> events.getReceivedCounter() == 2 && emulator.admin().jobs("prod").size() == 2);
        assertThat(prodQuoteVersions()).containsExactly("1.0.0", "1.1.0", "1.2.0");
        assertThat(events.getReceivedExchanges()).extracting(e -> e.getMessage().getHeader("CamelSparkImpexJobId"))
                .containsExactlyInAnyOrderElementsOf(emulator.admin().jobs("prod").stream().map(JobInfo::id).toList());
    }

    /** Someone exports a service on dev, as from Spark's UI or a pipeline, and waits for the package. */
    private void exportOnDev(String service) {
        ProducerTemplate template = routes.context().createProducerTemplate();
        template.requestBody("spark-impex:export?baseUrl=" + emulator.baseUrl("dev") + "&apiKey=" + emulator.apiKey("dev")
                             + "&services=" + service, (Object) null);
    }

    private List<String> prodQuoteVersions() {
        return emulator.admin().service("prod", "pricing", "quote").orElseThrow().versions().stream()
                .map(VersionInfo::version).toList();
    }

    private static JobInfo single(List<JobInfo> jobs) {
        assertThat(jobs).hasSize(1);
        return jobs.get(0);
    }
}
