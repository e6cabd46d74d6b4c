package io.github.sparkimpex.consumer;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import io.github.sparkimpex.camel.SparkImpexConstants;
import io.github.sparkimpex.emulator.SparkImpexEmulator;
import io.github.sparkimpex.model.JobStatus;
import io.github.sparkimpex.testing.EmulatorSeeds;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Route;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.ScheduledPollConsumer;
import org.apache.camel.support.processor.idempotent.FileIdempotentRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The spark-impex:jobs consumer against the emulator: every ended job once, nothing lost. */
class JobEventsConsumerTest {

    @TempDir
    Path tmp;

    private SparkImpexEmulator emulator;
    private final List<CamelContext> contexts = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startEmulator() throws Exception {
        // Jobs end by time, as on Spark, so a job nobody waits for still ends.
        emulator = SparkImpexEmulator.builder().seed(EmulatorSeeds.tenants(tmp, "t", 10))
                .jobDuration(Duration.ofMillis(300)).start();
    }

    @AfterEach
    void stopAll() throws Exception {
        for (CamelContext context : contexts) {
            context.close();
        }
        emulator.close();
    }

    private String tenant(int i) {
        return "baseUrl=" + emulator.baseUrl("t" + i) + "&apiKey=key-t" + i;
    }

    private CamelContext camel(RouteBuilder routes) throws Exception {
        CamelContext context = new DefaultCamelContext();
        context.addRoutes(routes);
        context.start();
        contexts.add(context);
        return context;
    }

    /** Starts an export on tenant i through a producer, without waiting; returns its job id. */
    private String startExport(CamelContext context, int i) {
        return context.createProducerTemplate().requestBody("spark-impex:export?" + tenant(i)
                                                            + "&folders=pricing&waitForCompletion=false", null, JobStatus.class).id();
    }

    private static RouteBuilder consumer(String uri, List<Exchange> events) {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).process(events::add);
            }
        };
    }

    @Test
    void aBurstOfOneHundredJobsOnTenTenantsIsEmittedExactlyOnce() throws Exception {
        List<Exchange> events = new CopyOnWriteArrayList<>();
        CamelContext context = camel(new RouteBuilder() {
            @Override
            public void configure() {
                for (int i = 0; i < 10; i++) {
                    from("spark-impex:jobs?" + tenant(i) + "&delay=200&initialDelay=0").process(events::add);
                }
            }
        });
        var template = context.createProducerTemplate();
        List<java.util.concurrent.CompletableFuture<Object>> jobs = new java.util.ArrayList<>();
        for (int round = 0; round < 10; round++) {
            for (int i = 0; i < 10; i++) {
                jobs.add(template.asyncRequestBody("spark-impex:export?" + tenant(i) + "&folders=pricing&pollInterval=20ms", null));
            }
        }
        jobs.forEach(java.util.concurrent.CompletableFuture::join);

        await().atMost(Duration.ofSeconds(30)).until(() -> events.size() >= 100);
        awaitMorePolls(context, 3);

        Map<String, Long> perJob = events.stream().collect(Collectors.groupingBy(
                e -> e.getMessage().getHeader(SparkImpexConstants.JOB_ID, String.class), Collectors.counting()));
        assertThat(perJob).hasSize(100);
        assertThat(perJob.values()).allMatch(count -> count == 1);
        assertThat(events).allSatisfy(e -> {
            assertThat(e.getMessage().getHeader(SparkImpexConstants.JOB_TYPE)).isEqualTo("export");
            assertThat(e.getMessage().getHeader(SparkImpexConstants.JOB_STATUS)).isEqualTo("completed");
            assertThat(e.getMessage().getBody(JobStatus.class).files()).isNotEmpty();
        });
    }

    /** Waits until every consumer of the context polled {@code polls} more times: a clock that does not depend on timing. */
    private static void awaitMorePolls(CamelContext context, int polls) {
        List<ScheduledPollConsumer> consumers = context.getRoutes().stream().map(Route::getConsumer)
                .filter(ScheduledPollConsumer.class::isInstance).map(ScheduledPollConsumer.class::cast).toList();
        Map<ScheduledPollConsumer, Long> start = consumers.stream()
                .collect(Collectors.toMap(c -> c, ScheduledPollConsumer::getCounter));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> consumers.stream().allMatch(c -> c.getCounter() >= start.get(c) + polls));
    }

    @Test
    void aFailedExchangeIsOfferedAgainOnTheNextPollAndNotMarkedSeen() throws Exception {
        Set<String> failedOnce = ConcurrentHashMap.newKeySet();
        List<String> delivered = new CopyOnWriteArrayList<>();
        CamelContext context = camel(new RouteBuilder() {
            @Override
            public void configure() {
                from("spark-impex:jobs?" + tenant(0) + "&delay=100&initialDelay=0").process(e -> {
                    String id = e.getMessage().getHeader(SparkImpexConstants.JOB_ID, String.class);
                    delivered.add(id);
                    if (failedOnce.add(id)) {
                        throw new IllegalStateException("downstream broker is down");
                    }
                });
            }
        });
        String job = startExport(context, 0);

        await().atMost(Duration.ofSeconds(15)).until(() -> delivered.stream().filter(job::equals).count() == 2);
        awaitMorePolls(context, 3);
        assertThat(delivered).containsExactly(job, job);
    }

    @Test
    void withAFileRepositoryARestartNeitherRepeatsNorLosesJobs() throws Exception {
        File store = tmp.resolve("emitted.dat").toFile();
        List<Exchange> first = new CopyOnWriteArrayList<>();
        CamelContext producer = camel(new RouteBuilder() {
            @Override
            public void configure() {
            }
        });
        String uri = "spark-impex:jobs?" + tenant(1) + "&delay=100&initialDelay=0&idempotentRepository=#emitted";

        CamelContext before = consumerContext(uri, store, first);
        String a = startExport(producer, 1);
        await().atMost(Duration.ofSeconds(15)).until(() -> ids(first).contains(a));
        before.close();

        String whileDown = startExport(producer, 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> producer.createProducerTemplate().requestBodyAndHeaders(
                "spark-impex:status?" + tenant(1), null, Map.of(SparkImpexConstants.JOB_ID, whileDown,
                        SparkImpexConstants.JOB_TYPE, "export"), JobStatus.class).state().isFinal());

        List<Exchange> second = new CopyOnWriteArrayList<>();
        CamelContext after = consumerContext(uri, store, second);
        await().atMost(Duration.ofSeconds(15)).until(() -> ids(second).contains(whileDown));
        awaitMorePolls(after, 3);

        assertThat(ids(first)).containsExactly(a);
        assertThat(ids(second)).containsExactly(whileDown);
    }

    private CamelContext consumerContext(String uri, File store, List<Exchange> events) throws Exception {
        CamelContext context = new DefaultCamelContext();
        context.getRegistry().bind("emitted", FileIdempotentRepository.fileIdempotentRepository(store));
        context.addRoutes(consumer(uri, events));
        context.start();
        contexts.add(context);
        return context;
    }

    @Test
    void jobsStartedWithoutWaitingAreFollowedEvenWhenTheyLeaveTheRecentList() throws Exception {
        emulator.close();
        // Jobs end at once and leave the tenant's recent list right away: only following them finds them.
        emulator = SparkImpexEmulator.builder().seed(EmulatorSeeds.tenants(tmp, "t", 1))
                .jobDuration(Duration.ofMillis(1)).recentJobsWindow(Duration.ofMillis(1)).start();
        List<Exchange> events = new CopyOnWriteArrayList<>();
        CamelContext context = camel(consumer("spark-impex:jobs?" + tenant(0) + "&delay=200&initialDelay=500", events));

        String job = startExport(context, 0);

        await().atMost(Duration.ofSeconds(10)).until(() -> ids(events).contains(job));
        awaitMorePolls(context, 2);
        assertThat(ids(events)).containsExactly(job);
    }

    @Test
    void onlyTheSelectedEndStatesAreEmittedAndOthersAreNotReadAgain() throws Exception {
        emulator.close();
        emulator = SparkImpexEmulator.builder().seed(EmulatorSeeds.tenants(tmp, "t", 1))
                .jobDuration(Duration.ofMillis(1)).recentJobsWindow(Duration.ofMillis(1)).start();
        List<Exchange> events = new CopyOnWriteArrayList<>();
        CamelContext context = camel(consumer("spark-impex:jobs?" + tenant(0) + "&statuses=failed&delay=100&initialDelay=300",
                events));

        String completed = startExport(context, 0);
        emulator.admin().faults("t0").failNextJob();
        String failed = startExport(context, 0);

        await().atMost(Duration.ofSeconds(10)).until(() -> ids(events).contains(failed));
        int readsOfCompleted = emulator.admin().job("t0", completed).orElseThrow().statusPolls();
        awaitMorePolls(context, 3);

        assertThat(ids(events)).containsExactly(failed);
        assertThat(events.get(0).getMessage().getHeader(SparkImpexConstants.JOB_ERRORS, String.class)).contains("INJECTED_FAILURE");
        assertThat(emulator.admin().job("t0", completed).orElseThrow().statusPolls()).isEqualTo(readsOfCompleted);
    }

    @Test
    void progressEventsAndDownloadedExports() throws Exception {
        emulator.close();
        emulator = SparkImpexEmulator.builder().seed(EmulatorSeeds.tenants(tmp, "t", 3)).jobDuration(Duration.ofSeconds(1)).start();
        List<Exchange> events = new CopyOnWriteArrayList<>();
        List<Long> packageSizes = new CopyOnWriteArrayList<>();
        CamelContext context = camel(new RouteBuilder() {
            @Override
            public void configure() {
                from("spark-impex:jobs?" + tenant(2) + "&types=export&delay=50&initialDelay=0&emitProgress=true&downloadExports=true")
                        .process(e -> {
                            events.add(e);
                            if ("end".equals(e.getMessage().getHeader(SparkImpexConstants.JOB_EVENT))) {
                                packageSizes.add(e.getMessage().getBody(File.class).length());
                            }
                        });
            }
        });
        String job = startExport(context, 2);

        await().atMost(Duration.ofSeconds(15)).until(() -> packageSizes.size() == 1);
        List<String> kinds = events.stream().map(e -> e.getMessage().getHeader(SparkImpexConstants.JOB_EVENT, String.class)).toList();
        assertThat(kinds).containsExactly("progress", "end");
        assertThat(events.get(0).getMessage().getHeader(SparkImpexConstants.JOB_STATUS)).isEqualTo("in_progress");
        assertThat(events).allSatisfy(e -> assertThat(e.getMessage().getHeader(SparkImpexConstants.JOB_ID)).isEqualTo(job));
        assertThat(packageSizes.get(0)).isPositive();
    }

    private static List<String> ids(List<Exchange> events) {
        return events.stream().map(e -> e.getMessage().getHeader(SparkImpexConstants.JOB_ID, String.class)).toList();
    }
}
