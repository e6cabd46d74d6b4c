package io.github.sparkimpex.examples.multinode;

import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import io.github.sparkimpex.emulator.SparkImpexEmulator;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.util.FileUtil;

/**
 * Two nodes in one JVM against an embedded emulator, to watch the recipe work: node-a leads and reports two jobs,
 * node-a stops, node-b takes over and reports only the job that ends after that.
 */
public final class MultiNodeDemo {

    private static final Path SHARED = Path.of("target", "multi-node", "demo");

    private MultiNodeDemo() {
    }

    public static void main(String[] args) throws Exception {
        FileUtil.removeDir(SHARED.toFile());
        try (SparkImpexEmulator emulator = SparkImpexEmulator.builder().seedResource(SparkImpexEmulator.SAMPLE_SEED).start();
             CamelContext someoneElse = new DefaultCamelContext()) {
            someoneElse.start();
            JobEventsNode nodeA = JobEventsNode.start(settings("node-a", emulator));
            JobEventsNode nodeB = JobEventsNode.start(settings("node-b", emulator));
            try {
                awaitLeader(nodeA);
                say("node-a leads; two exports run on prod");
                NotifyBuilder twoOnA = reported(nodeA, 2);
                export(someoneElse, emulator);
                export(someoneElse, emulator);
                check(twoOnA.matches(30, TimeUnit.SECONDS), "node-a reported both jobs");

                say("stopping node-a");
                nodeA.close();
                awaitLeader(nodeB);
                say("node-b leads; one more export runs on prod");
                NotifyBuilder oneOnB = reported(nodeB, 1);
                NotifyBuilder repeatOnB = reported(nodeB, 2);
                export(someoneElse, emulator);
                check(oneOnB.matches(30, TimeUnit.SECONDS), "node-b reported the new job");
                check(!repeatOnB.matches(3, TimeUnit.SECONDS), "node-b repeated none of node-a's jobs");
            } finally {
                nodeB.close();
                nodeA.close();
            }
        }
    }

    private static Properties settings(String nodeId, SparkImpexEmulator emulator) {
        Properties settings = new Properties();
        settings.setProperty("node.id", nodeId);
        settings.setProperty("cluster.directory", SHARED.toString());
        settings.setProperty("spark.baseUrl", emulator.baseUrl("prod"));
        settings.setProperty("spark.apiKey", emulator.apiKey("prod"));
        settings.setProperty("jobs.delay", "500");
        settings.setProperty("camel.beans.cluster.acquireLockInterval", "1000");
        return settings;
    }

    private static NotifyBuilder reported(JobEventsNode node, int jobs) {
        return new NotifyBuilder(node.context()).fromRoute("job-events").whenCompleted(jobs).create();
    }

    private static void export(CamelContext client, SparkImpexEmulator emulator) {
        client.createProducerTemplate().sendBody("spark-impex:export?baseUrl=" + emulator.baseUrl("prod")
                                                 + "&apiKey=" + emulator.apiKey("prod") + "&folders=pricing", null);
    }

    /** Leadership moves on the cluster service's schedule, not on ours: look every 100 ms for up to a minute. */
    private static void awaitLeader(JobEventsNode node) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (!node.isLeader()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("No node took the lead within a minute");
            }
            Thread.sleep(100);
        }
    }

    private static void check(boolean condition, String what) {
        if (!condition) {
            throw new IllegalStateException("Expected: " + what);
        }
        say("ok: " + what);
    }

    private static void say(String line) {
        System.out.println("=== " + line);
    }
}
