package io.github.sparkimpex.examples.jobevents;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.github.sparkimpex.emulator.SparkImpexEmulator;
import io.github.sparkimpex.model.JobStatus;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.mail.internet.MimeMessage;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.main.Main;
import org.apache.camel.support.ScheduledPollConsumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The job events end to end: jobs on the emulator, events read from the Artemis queue, mail read from GreenMail. */
class JobEventsApplicationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final String QUEUE = "spark.job-events";

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    Path work;

    private SparkImpexEmulator spark;
    private EmbeddedBroker broker;
    private CamelContext someoneElse;
    private Main app;

    @BeforeEach
    void startServices() throws Exception {
        // Jobs end 300 ms after they start, whether or not anyone polls them, as on Spark.
        spark = SparkImpexEmulator.builder().seedResource(SparkImpexEmulator.SAMPLE_SEED)
                .jobDuration(Duration.ofMillis(300)).start();
        broker = EmbeddedBroker.start(work.resolve("broker"));
        // The jobs are started apart from the application under test, as another application or a person would.
        someoneElse = new DefaultCamelContext();
        someoneElse.start();
    }

    @AfterEach
    void stopAll() throws Exception {
        if (app != null) {
            app.stop();
        }
        someoneElse.stop();
        broker.close();
        spark.close();
    }

    @Test
    void everyEndedJobIsPublishedOnceAndTheFailureIsMailedWithSparksError() throws Exception {
        app = JobEventsApplication.start(JobEventsApplication.settings(settings()));

        try (JMSContext jms = new ActiveMQConnectionFactory(broker.url()).createContext();
             JMSConsumer queue = jms.createConsumer(jms.createQueue(QUEUE))) {
            String succeeded = startExport();
            spark.admin().faults("dev").failNextJob();
            String failed = startExport();

            List<JsonNode> events = new ArrayList<>();
            await().atMost(PATIENCE).until(() -> {
                String event = queue.receiveBody(String.class, 200);
                if (event != null) {
                    events.add(new ObjectMapper().readTree(event));
                }
                return events.size() >= 2;
            });
            // A few more looks at the tenant's jobs must not publish either job again.
            awaitConsumerPolls(3);
            assertThat(queue.receiveBodyNoWait(String.class)).isNull();

            assertThat(events).extracting(e -> e.path("jobId").asText()).containsExactlyInAnyOrder(succeeded, failed);
            JsonNode ok = events.stream().filter(e -> e.path("jobId").asText().equals(succeeded)).findFirst().orElseThrow();
            assertThat(ok.path("tenant").asText()).isEqualTo("dev");
            assertThat(ok.path("jobType").asText()).isEqualTo("export");
            assertThat(ok.path("status").asText()).isEqualTo("completed");
            assertThat(ok.path("succeeded").asBoolean()).isTrue();
            assertThat(ok.path("job").path("id").asText()).isEqualTo(succeeded);
            JsonNode ko = events.stream().filter(e -> e.path("jobId").asText().equals(failed)).findFirst().orElseThrow();
            assertThat(ko.path("status").asText()).isEqualTo("failed");
            assertThat(ko.path("succeeded").asBoolean()).isFalse();
            assertThat(ko.path("errors").toString()).contains("INJECTED_FAILURE");

            assertThat(MAIL.waitForIncomingEmail(PATIENCE.toMillis(), 1)).isTrue();
            MimeMessage mail = MAIL.getReceivedMessages()[0];
            assertThat(mail.getSubject()).isEqualTo("Spark export job " + failed + " failed on tenant dev");
            assertThat(mail.getAllRecipients()).extracting(Object::toString).containsExactly("team@example.com");
            String errorMessage = spark.admin().job("dev", failed).orElseThrow().errors().get(0).message();
            assertThat(GreenMailUtil.getBody(mail))
                    .contains("Tenant:      dev", "Job:         export " + failed, "Status:      failed")
                    .contains("INJECTED_FAILURE: " + errorMessage);
            // Only the failure is mailed.
            assertThat(MAIL.getReceivedMessages()).hasSize(1);
        }
    }

    private Properties settings() {
        Properties settings = new Properties();
        settings.setProperty("events.embedded", "false");
        settings.setProperty("spark.url", spark.apiBaseUrl());
        settings.setProperty("spark.tenant", "dev");
        settings.setProperty("spark.apiKey", spark.apiKey("dev"));
        settings.setProperty("events.pollDelay", "200");
        settings.setProperty("events.emittedStore", work.resolve("emitted-jobs.dat").toString());
        settings.setProperty("jms.brokerUrl", broker.url());
        settings.setProperty("mail.host", "127.0.0.1");
        settings.setProperty("mail.port", String.valueOf(MAIL.getSmtp().getPort()));
        settings.setProperty("mail.to", "team@example.com");
        return settings;
    }

    /** Starts an export without waiting for it, as another application would; returns its job id. */
    private String startExport() {
        return someoneElse.createProducerTemplate().requestBody("spark-impex:export?baseUrl=" + spark.baseUrl("dev")
                + "&apiKey=RAW(" + spark.apiKey("dev") + ")&folders=pricing&waitForCompletion=false", null, JobStatus.class).id();
    }

    /** Waits until the consumer read the tenant's jobs {@code polls} more times: a clock that does not depend on timing. */
    private void awaitConsumerPolls(int polls) {
        ScheduledPollConsumer consumer = (ScheduledPollConsumer) app.getCamelContext()
                .getRoute(JobEventsRoutes.EVENTS_ROUTE).getConsumer();
        long start = consumer.getCounter();
        await().atMost(PATIENCE).until(() -> consumer.getCounter() >= start + polls);
    }
}
