package io.github.sparkimpex.examples.jobevents;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Properties;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.github.sparkimpex.emulator.SparkImpexEmulator;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.mail.internet.MimeMessage;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.main.Main;

/**
 * What {@code mvn ... exec:java} shows: an embedded emulator stands in for Spark, an embedded Artemis for the broker
 * and GreenMail for the mail server. Two exports start on the {@code dev} tenant, one set up to fail; the demo prints
 * the two JSON events read from the queue and the mail the team received about the failure.
 */
final class JobEventsDemo {

    private static final long WAIT_MILLIS = 60_000;

    private JobEventsDemo() {
    }

    static void run(Properties settings) throws Exception {
        Path work = Path.of(settings.getProperty("events.demoDirectory"))
                .resolve("run-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        GreenMail mailServer = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        mailServer.start();
        // Jobs end half a second after they start, whether or not anyone polls them, as on Spark.
        try (SparkImpexEmulator spark = SparkImpexEmulator.builder().seedResource(SparkImpexEmulator.SAMPLE_SEED)
                .jobDuration(Duration.ofMillis(500)).start();
             EmbeddedBroker broker = EmbeddedBroker.start(work.resolve("broker"))) {
            settings.setProperty("spark.url", spark.apiBaseUrl());
            settings.setProperty("spark.tenant", "dev");
            settings.setProperty("spark.apiKey", spark.apiKey("dev"));
            settings.setProperty("jms.brokerUrl", broker.url());
            settings.setProperty("mail.host", "127.0.0.1");
            settings.setProperty("mail.port", String.valueOf(mailServer.getSmtp().getPort()));
            settings.setProperty("events.pollDelay", "500");
            settings.setProperty("events.emittedStore", work.resolve("emitted-jobs.dat").toString());

            Main app = JobEventsApplication.start(settings);
            StringBuilder out = new StringBuilder("\n=== Spark job events ===\n");
            try (JMSContext jms = new ActiveMQConnectionFactory(broker.url()).createContext();
                 JMSConsumer events = jms.createConsumer(jms.createQueue(settings.getProperty("events.queue")))) {
                // Someone exports the pricing folder twice; the emulator is told to fail the second job.
                ProducerTemplate someone = app.getCamelContext().createProducerTemplate();
                String export = "spark-impex:export?baseUrl=" + spark.baseUrl("dev") + "&apiKey=RAW(" + spark.apiKey("dev")
                                + ")&folders=pricing&waitForCompletion=false";
                someone.sendBody(export, null);
                spark.admin().faults("dev").failNextJob();
                someone.sendBody(export, null);

                for (int i = 0; i < 2; i++) {
                    String event = events.receiveBody(String.class, WAIT_MILLIS);
                    if (event == null) {
                        throw new IllegalStateException("No job event within " + WAIT_MILLIS + " ms");
                    }
                    out.append("\nqueue ").append(settings.getProperty("events.queue")).append(":\n")
                            .append(JobEvent.parse(event).toPrettyString().indent(2));
                }
                if (!mailServer.waitForIncomingEmail(WAIT_MILLIS, 1)) {
                    throw new IllegalStateException("No mail within " + WAIT_MILLIS + " ms");
                }
                MimeMessage mail = mailServer.getReceivedMessages()[0];
                out.append("\nmail to ").append(settings.getProperty("mail.to")).append(": ").append(mail.getSubject())
                        .append('\n').append(GreenMailUtil.getBody(mail).indent(2));
            } finally {
                app.stop();
            }
            System.out.println(out);
        } finally {
            mailServer.stop();
        }
    }
}
