package io.github.sparkimpex.examples.springboot;

import java.time.Duration;
import java.util.List;

import io.github.sparkimpex.camel.SparkImpexComponent;
import io.github.sparkimpex.camel.SparkImpexConfiguration;
import io.github.sparkimpex.emulator.SparkImpexEmulator;
import io.github.sparkimpex.emulator.admin.JobInfo;
import io.github.sparkimpex.emulator.admin.ServiceInfo;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The application against an emulator with a {@code dev} and a {@code prod} tenant, given to it only through the
 * variables application.yaml reads: a real export from dev, a real import into prod, and the export's end event.
 */
@CamelSpringBootTest
@SpringBootTest(properties = {
        // The test starts the promotion itself, and JUnit, not a run controller, decides when the JVM ends.
        "promotion.on-startup=false",
        "camel.main.run-controller=false",
        "job-events.delay=200ms"})
@ExtendWith(OutputCaptureExtension.class)
class SparkImpexExampleApplicationTest {

    private static final SparkImpexEmulator EMULATOR =
            SparkImpexEmulator.builder().seedResource(SparkImpexEmulator.SAMPLE_SEED).start();

    @DynamicPropertySource
    static void sparkEnvironment(DynamicPropertyRegistry registry) {
        // The names of the environment variables application.yaml reads; properties take precedence over them.
        registry.add("SPARK_BASE_URL", () -> EMULATOR.baseUrl("dev"));
        registry.add("SPARK_API_KEY", () -> EMULATOR.apiKey("dev"));
        registry.add("SPARK_TARGET_BASE_URL", () -> EMULATOR.baseUrl("prod"));
        registry.add("SPARK_TARGET_API_KEY", () -> EMULATOR.apiKey("prod"));
        registry.add("SPARK_POLL_INTERVAL", () -> "100ms");
    }

    @TestConfiguration
    static class EmulatorLifecycle {
        /** A bean, so it is closed with the application context, after Camel has stopped using it. */
        @Bean
        SparkImpexEmulator emulator() {
            return EMULATOR;
        }
    }

    @Autowired
    private CamelContext camel;

    @Autowired
    private ProducerTemplate producer;

    @Test
    void theComponentIsConfiguredFromApplicationYamlAndTheEnvironment() {
        SparkImpexConfiguration configuration =
                camel.getComponent("spark-impex", SparkImpexComponent.class).getConfiguration();

        assertThat(configuration.getBaseUrl()).isEqualTo(EMULATOR.baseUrl("dev"));
        assertThat(configuration.getApiKey()).isEqualTo(EMULATOR.apiKey("dev"));
        assertThat(configuration.getTargetBaseUrl()).isEqualTo(EMULATOR.baseUrl("prod"));
        assertThat(configuration.getTargetApiKey()).isEqualTo(EMULATOR.apiKey("prod"));
        assertThat(configuration.getPollInterval()).isEqualTo(100L);
        assertThat(configuration.getMaxPollInterval()).isEqualTo(30_000L);
        assertThat(configuration.getIfPresent()).isEqualTo("add_version");
    }

    @Test
    void promotesTheFolderFromDevToProdAndLogsTheExportsEnd(CapturedOutput output) {
        String summary = producer.requestBody("direct:promote", null, String.class);

        assertThat(summary).contains("completed",
                "pricing/quote -> pricing-v2/quote added", "pricing/discount -> pricing-v2/discount added");
        assertThat(EMULATOR.admin().services("prod")).extracting(ServiceInfo::uri)
                .contains("pricing-v2/quote", "pricing-v2/discount");
        assertThat(EMULATOR.admin().service("prod", "pricing-v2", "quote").orElseThrow().versionNumbers())
                .containsExactly("1.2.0");

        List<JobInfo> exports = EMULATOR.admin().jobs("dev").stream().filter(job -> job.type().equals("export")).toList();
        assertThat(exports).singleElement().satisfies(export -> {
            assertThat(export.status()).isEqualTo("completed");
            // Set in application.yaml only: Spark recorded it, so the yaml reached the requests.
            assertThat(export.sourceSystem()).isEqualTo("camel-spark-impex-spring-boot-example");
        });

        // spark-impex:jobs follows dev: the export the promotion ran there ends up in the job event log.
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(output.getOut())
                .contains("Spark export job " + exports.get(0).id() + " ended: completed"));
    }
}
