package io.github.sparkimpex.examples.multinode;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;

import io.github.sparkimpex.emulator.SparkImpexEmulator;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two nodes of the job-events service share a directory, as two machines share a volume: only the leader reports
 * jobs, each job once, and when the leader stops the other node takes over and reports only the jobs that are new.
 */
class TwoNodesTest {

    @TempDir
    Path shared;

    private SparkImpexEmulator emulator;
    private CamelContext client;
    private JobEventsNode nodeA;
    private JobEventsNode nodeB;

    @BeforeEach
    void start() throws Exception {
        emulator = SparkImpexEmulator.builder().seedResource(SparkImpexEmulator.SAMPLE_SEED).start();
        // Someone else using the tenant: starts jobs the nodes should report.
        client = new DefaultCamelContext();
        client.start();
    }

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable closeable : new AutoCloseable[] {nodeB, nodeA, client, emulator}) {
            if (closeable != null) {
                closeable.close();
            }
        }
    }

    @Test
    void onlyTheLeaderReportsAndTheOtherNodeTakesOverWithoutRepeating() throws Exception {
        Failover run = failover(true);

        assertThat(run.reportedByA()).containsExactlyInAnyOrder(run.first(), run.second());
        assertThat(run.reportedByB()).as("the new leader read the shared record").containsExactly(run.third());
    }

    @Test
    void withoutASharedRecordTheNewLeaderRepeatsWhatTheOldOneReported() throws Exception {
        Failover run = failover(false);

        assertThat(run.reportedByA()).containsExactlyInAnyOrder(run.first(), run.second());
        assertThat(run.reportedByB()).as("jobs that ended within Spark's recent-jobs window are reported again")
                .containsExactlyInAnyOrder(run.first(), run.second(), run.third());
    }

    /** Node A leads and reports two jobs; A stops; B takes over; a third job ends. */
    private Failover failover(boolean sharedRecord) throws Exception {
        nodeA = JobEventsNode.start(settings("node-a", sharedRecord));
        await().atMost(Duration.ofSeconds(10)).until(nodeA::isLeader);
        nodeB = JobEventsNode.start(settings("node-b", sharedRecord));

        String first = exportOnProd();
        String second = exportOnProd();

        await().atMost(Duration.ofSeconds(15)).until(() -> reported(nodeA).containsAll(List.of(first, second)));
        assertThat(nodeB.isLeader()).isFalse();
        assertThat(reported(nodeB)).as("the follower does not poll").isEmpty();

        List<String> reportedByA = reported(nodeA);
        nodeA.close();
        await().atMost(Duration.ofSeconds(10)).until(nodeB::isLeader);
        String third = exportOnProd();

        await().atMost(Duration.ofSeconds(15)).until(() -> reported(nodeB).contains(third));
        // A few more polls, so a repeat would have shown up.
        int settled = reported(nodeB).size();
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> reported(nodeB).size() == settled);
        return new Failover(first, second, third, reportedByA, reported(nodeB));
    }

    private record Failover(String first, String second, String third, List<String> reportedByA, List<String> reportedByB) {
    }

    /** A node as application.properties configures it, with fast polls and leader checks for the test. */
    private Properties settings(String nodeId, boolean sharedRecord) {
        Properties settings = new Properties();
        settings.setProperty("node.id", nodeId);
        settings.setProperty("cluster.directory", shared.toString());
        settings.setProperty("spark.baseUrl", emulator.baseUrl("prod"));
        settings.setProperty("spark.apiKey", emulator.apiKey("prod"));
        settings.setProperty("jobs.delay", "100");
        settings.setProperty("jobEvents.uri", "mock:job-events");
        settings.setProperty("camel.beans.cluster.acquireLockDelay", "10");
        settings.setProperty("camel.beans.cluster.acquireLockInterval", "200");
        if (!sharedRecord) {
            // The mistake this recipe warns about: each node keeps the record of emitted jobs on its own disk.
            settings.setProperty("camel.beans.emittedJobsFile",
                    "#class:java.io.File('" + shared.resolve(nodeId + "-local-disk/emitted-jobs.dat") + "')");
        }
        return settings;
    }

    /** Exports prod's pricing folder from outside the nodes, waits for the job to end, and answers its id. */
    private String exportOnProd() {
        Exchange done = client.createProducerTemplate().request("spark-impex:export?baseUrl=" + emulator.baseUrl("prod")
                                                                + "&apiKey=" + emulator.apiKey("prod") + "&folders=pricing", exchange -> { });
        assertThat(done.getException()).isNull();
        return done.getMessage().getHeader("CamelSparkImpexJobId", String.class);
    }

    private static List<String> reported(JobEventsNode node) {
        return node.context().getEndpoint("mock:job-events", MockEndpoint.class).getReceivedExchanges().stream()
                .map(exchange -> exchange.getMessage().getHeader("CamelSparkImpexJobId", String.class)).toList();
    }
}
