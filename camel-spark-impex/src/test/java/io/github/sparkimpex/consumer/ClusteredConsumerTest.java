package io.github.sparkimpex.consumer;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import io.github.sparkimpex.camel.SparkImpexConstants;
import io.github.sparkimpex.emulator.SparkImpexEmulator;
import io.github.sparkimpex.model.JobStatus;
import io.github.sparkimpex.testing.EmulatorSeeds;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.file.cluster.FileLockClusterService;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.processor.idempotent.FileIdempotentRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two nodes run the same route under {@code master:} with the file cluster service: only the leader polls, each job
 * is emitted once, and the other node takes over when the leader stops.
 */
class ClusteredConsumerTest {

    @TempDir
    Path shared;

    private SparkImpexEmulator emulator;
    private final List<CamelContext> nodes = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() throws Exception {
        for (CamelContext node : nodes) {
            node.close();
        }
        emulator.close();
    }

    @Test
    void onlyTheLeaderEmitsAndTheFollowerTakesOver() throws Exception {
        emulator = SparkImpexEmulator.builder().seed(EmulatorSeeds.tenants(shared, "c", 1))
                .jobDuration(Duration.ofMillis(200)).start();
        List<String> onA = new CopyOnWriteArrayList<>();
        List<String> onB = new CopyOnWriteArrayList<>();
        CamelContext a = node("a", onA);
        await().atMost(Duration.ofSeconds(10)).until(() -> isLeading(a));
        CamelContext b = node("b", onB);

        String first = startExport(a);
        String second = startExport(a);
        await().atMost(Duration.ofSeconds(15)).until(() -> onA.containsAll(List.of(first, second)));

        a.close();
        await().atMost(Duration.ofSeconds(20)).until(() -> isLeading(b));
        CamelContext client = node("client-only", new CopyOnWriteArrayList<>());
        String third = startExport(b);
        await().atMost(Duration.ofSeconds(15)).until(() -> onB.contains(third));

        assertThat(onA).containsExactlyInAnyOrder(first, second);
        assertThat(onB).as("the follower emits only what ended after it took over").containsExactly(third);
        client.close();
    }

    private CamelContext node(String name, List<String> events) throws Exception {
        CamelContext context = new DefaultCamelContext();
        context.getCamelContextExtension().setName(name);
        FileLockClusterService cluster = new FileLockClusterService();
        cluster.setId(name);
        cluster.setRoot(shared.resolve("cluster").toString());
        cluster.setAcquireLockDelay(10, TimeUnit.MILLISECONDS);
        cluster.setAcquireLockInterval(200, TimeUnit.MILLISECONDS);
        context.addService(cluster);
        // Every node shares the record of emitted jobs, as it would through a shared disk or database.
        context.getRegistry().bind("emitted",
                FileIdempotentRepository.fileIdempotentRepository(shared.resolve("emitted.dat").toFile()));
        if (!name.equals("client-only")) {
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("master:impex:spark-impex:jobs?baseUrl=" + emulator.baseUrl("c0") + "&apiKey=key-c0"
                         + "&delay=100&initialDelay=0&idempotentRepository=#emitted")
                            .routeId("events-" + name)
                            .process(e -> events.add(e.getMessage().getHeader(SparkImpexConstants.JOB_ID, String.class)));
                }
            });
        }
        context.start();
        nodes.add(context);
        return context;
    }

    private static boolean isLeading(CamelContext node) throws Exception {
        return node.hasService(FileLockClusterService.class).getView("impex").getLocalMember().isLeader();
    }

    private String startExport(CamelContext context) {
        return context.createProducerTemplate().requestBody("spark-impex:export?baseUrl=" + emulator.baseUrl("c0")
                                                            + "&apiKey=key-c0&folders=pricing&waitForCompletion=false",
                null, JobStatus.class).id();
    }
}
