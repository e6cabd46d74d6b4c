package io.github.sparkimpex.camel;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import io.github.sparkimpex.emulator.SparkImpexEmulator;
import io.github.sparkimpex.testing.EmulatorSeeds;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Producer and consumer health: DOWN with the reason when Spark is unreachable or refuses the credentials, UP again after. */
class HealthCheckTest {

    @TempDir
    Path tmp;

    private SparkImpexEmulator emulator;
    private CamelContext context;

    @AfterEach
    void stop() throws Exception {
        context.close();
        emulator.close();
    }

    private CamelContext start(String apiKey) throws Exception {
        context = new DefaultCamelContext();
        HealthCheckRegistry registry = context.getCamelContextExtension().getContextPlugin(HealthCheckRegistry.class);
        registry.setExposureLevel("full");
        // Camel Main loads the consumers repository itself (camel.health.consumersEnabled); a bare context is told to.
        HealthCheckHelper.getHealthCheckRepository(context, "consumers");
        String tenant = "baseUrl=" + emulator.baseUrl("h0") + "&apiKey=" + apiKey;
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("spark-impex:jobs?" + tenant + "&delay=100&initialDelay=0").routeId("events").to("log:events?level=OFF");
                from("direct:export").routeId("export").to("spark-impex:export?" + tenant + "&folders=pricing");
            }
        });
        context.start();
        registry.getRepository("producers").ifPresent(repo -> repo.setEnabled(true));
        return context;
    }

    private Optional<HealthCheck.Result> check(String idPrefix) {
        return HealthCheckHelper.invoke(context).stream().filter(r -> r.getCheck().getId().startsWith(idPrefix)).findFirst();
    }

    @Test
    void rejectedCredentialsAreReportedByBothChecks() throws Exception {
        emulator = SparkImpexEmulator.builder().seed(EmulatorSeeds.tenants(tmp, "h", 1)).start();
        start("wrong-key");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            HealthCheck.Result consumer = check("consumer:events").orElseThrow();
            assertThat(consumer.getState()).isEqualTo(HealthCheck.State.DOWN);
            assertThat(consumer.getError().orElseThrow().getMessage()).contains("401");
        });
        HealthCheck.Result producer = check("producer:spark-impex").orElseThrow();
        assertThat(producer.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(producer.getMessage().orElseThrow()).contains("rejected the credentials", "h0");
        assertThat(producer.getDetails()).containsEntry(HealthCheck.HTTP_RESPONSE_CODE, 401);
    }

    @Test
    void anUnreachableSparkIsDownAndRecovers() throws Exception {
        emulator = SparkImpexEmulator.builder().seed(EmulatorSeeds.tenants(tmp, "h", 1)).start();
        int port = emulator.port();
        start("key-h0");
        await().atMost(Duration.ofSeconds(10)).until(() -> check("consumer:events").orElseThrow().getState() == HealthCheck.State.UP);
        assertThat(check("producer:spark-impex").orElseThrow().getState()).isEqualTo(HealthCheck.State.UP);

        emulator.close();
        await().atMost(Duration.ofSeconds(20)).until(() -> check("consumer:events").orElseThrow().getState() == HealthCheck.State.DOWN);
        HealthCheck.Result producer = check("producer:spark-impex").orElseThrow();
        assertThat(producer.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(producer.getMessage().orElseThrow()).contains("unreachable");

        emulator = SparkImpexEmulator.builder().seed(EmulatorSeeds.tenants(tmp, "h", 1)).port(port).start();
        await().atMost(Duration.ofSeconds(20)).until(() -> check("consumer:events").orElseThrow().getState() == HealthCheck.State.UP);
        assertThat(check("producer:spark-impex").orElseThrow().getState()).isEqualTo(HealthCheck.State.UP);
    }
}
