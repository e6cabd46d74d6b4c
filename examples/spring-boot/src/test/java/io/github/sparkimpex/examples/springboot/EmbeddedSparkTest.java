package io.github.sparkimpex.examples.springboot;

import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;

import org.apache.camel.CamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** What {@code spring-boot:run} does without {@code SPARK_BASE_URL}: the same application, on an embedded emulator. */
@ExtendWith(OutputCaptureExtension.class)
class EmbeddedSparkTest {

    @Test
    void promotesOnStartUpAgainstTheEmbeddedEmulatorAndStopsItWithCamel(CapturedOutput output) throws Exception {
        assumeTrue(System.getenv("SPARK_BASE_URL") == null, "SPARK_BASE_URL is set, so the application would use it");
        SpringApplication application = new SpringApplication(SparkImpexExampleApplication.class);
        EmbeddedSpark.standIn(application);

        try (ConfigurableApplicationContext context = application.run(
                "--camel.main.run-controller=false", "--SPARK_POLL_INTERVAL=100ms", "--job-events.delay=200ms")) {
            // promotion.on-startup is true in application.yaml: the timer starts the promotion by itself.
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(output.getOut())
                    .contains("Promoted pricing", "pricing/quote -> pricing-v2/quote added")
                    .containsPattern("Spark export job \\S+ ended: completed"));

            URI spark = URI.create(context.getEnvironment().getRequiredProperty("SPARK_BASE_URL"));
            context.getBean(CamelContext.class).stop();

            assertThatThrownBy(() -> new Socket(spark.getHost(), spark.getPort()).close())
                    .isInstanceOf(ConnectException.class);
        }
    }
}
