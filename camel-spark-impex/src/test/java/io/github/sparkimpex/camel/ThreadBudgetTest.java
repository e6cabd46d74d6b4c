package io.github.sparkimpex.camel;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.zip.ZipFile;

import com.github.tomakehurst.wiremock.common.Slf4jNotifier;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.sparkimpex.testing.SparkStubs;
import io.github.sparkimpex.testing.TestPackages;
import io.github.sparkimpex.testing.ThreadCensus;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Acceptance proof of the design's promise "an in-flight job holds no thread between polls": 200 export jobs on 200
 * tenants wait at the same time, and the whole JVM (JUnit, Camel, WireMock and the component) stays under 40 threads.
 * A thread-per-job client would need 200 more.
 */
class ThreadBudgetTest extends CamelTestSupport {

    private static final Logger LOG = LoggerFactory.getLogger(ThreadBudgetTest.class);
    private static final int TENANTS = 200;
    private static final int THREAD_BUDGET = 40;
    private static final Duration PHASE_LIMIT = Duration.ofSeconds(25);

    /** A real socket, but a small server: its threads count against the same budget, so they are kept few. */
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().containerThreads(10).jettyAcceptors(1).notifier(new Slf4jNotifier(false)))
            .build();

    private final SparkStubs spark = new SparkStubs(wm);
    /** What each route saw in its package while the exchange was alive (the file is deleted when it completes). */
    private final Map<String, String> manifests = new ConcurrentHashMap<>();
    private final Set<File> packageFiles = ConcurrentHashMap.newKeySet();

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                // One route, one endpoint (and so one client) per tenant, picked from a header.
                from("direct:export")
                        .toD("spark-impex:export?baseUrl=" + wm.baseUrl() + "/${header.tenant}&apiKey=secret-key&folders=f"
                             + "&pollInterval=100ms&maxPollInterval=500ms")
                        .process(exchange -> {
                            File pkg = exchange.getMessage().getBody(File.class);
                            packageFiles.add(pkg);
                            try (ZipFile zip = new ZipFile(pkg)) {
                                manifests.put(exchange.getMessage().getHeader("tenant", String.class),
                                        new String(zip.getInputStream(zip.getEntry("manifest.json")).readAllBytes(),
                                                StandardCharsets.UTF_8));
                            }
                        });
            }
        };
    }

    @Test
    void twoHundredJobsInFlightFitInFortyThreads() throws Exception {
        spark.startJobsOnAnyTenant("export");
        spark.anyJobStatus("export", "in_progress", 5);
        // Without a threaded async mode the template hands each exchange to the route from this thread and returns:
        // the default mode would add a pool of the test's own to the count.
        ProducerTemplate sender = context.createProducerTemplate();
        sender.setThreadedAsyncMode(false);
        int workerPoolSize = context.getComponent("spark-impex", SparkImpexComponent.class).getWorkerPoolSize();

        int baseline = ThreadCensus.live();
        LOG.info("Threads before the jobs: {} {}", baseline, ThreadCensus.byOwner());
        ThreadCensus.resetPeak();

        Map<String, CompletableFuture<Exchange>> jobs = new LinkedHashMap<>();
        for (int i = 1; i <= TENANTS; i++) {
            String tenant = "tenant-" + i;
            jobs.put(tenant, sender.asyncSend("direct:export", e -> e.getMessage().setHeader("tenant", tenant)));
        }

        // Phase 1: every job is waiting on Spark, and every tenant has been polled at least twice.
        await("every tenant polled twice").atMost(PHASE_LIMIT).pollInSameThread().pollInterval(Duration.ofMillis(100))
                .until(() -> tenantsPolledAtLeast(2) == TENANTS);
        assertThat(jobs.values()).as("all jobs still in flight").noneMatch(CompletableFuture::isDone);
        int peakInFlight = ThreadCensus.peak();
        Map<String, Integer> owners = ThreadCensus.byOwner();
        long componentThreads = ThreadCensus.count(ThreadCensus::isSparkImpex);
        LOG.info("{} jobs in flight; threads now {} {}; peak since the jobs started {}; WireMock's share {}",
                TENANTS, ThreadCensus.live(), owners, peakInFlight, ThreadCensus.count(ThreadCensus::isWireMock));
        assertThat(peakInFlight).as("live JVM threads while %d jobs wait", TENANTS).isLessThan(THREAD_BUDGET);
        assertThat(componentThreads).as("component threads: one scheduler and the worker pool")
                .isLessThanOrEqualTo(1 + workerPoolSize);

        // Phase 2: Spark finishes every job; each exchange gets its own tenant's package.
        for (String tenant : jobs.keySet()) {
            spark.file("/files/" + tenant + "/package.zip",
                    TestPackages.zipBytes("manifest.json", "{\"tenant\":\"" + tenant + "\"}"));
        }
        spark.anyExportDone(1);
        await("every export completed").atMost(PHASE_LIMIT).pollInSameThread().pollInterval(Duration.ofMillis(100))
                .until(() -> jobs.values().stream().allMatch(CompletableFuture::isDone));
        int peak = ThreadCensus.peak();
        LOG.info("All {} jobs done; peak live threads over the whole run {} (baseline {})", TENANTS, peak, baseline);
        assertThat(peak).as("live JVM threads over the whole run").isLessThan(THREAD_BUDGET);

        for (Map.Entry<String, CompletableFuture<Exchange>> job : jobs.entrySet()) {
            String tenant = job.getKey();
            Exchange done = job.getValue().join();
            assertThat(done.getException()).as("exchange of %s", tenant).isNull();
            assertThat(done.getMessage().getHeader(SparkImpexConstants.JOB_ID)).isEqualTo("job-" + tenant);
            assertThat(done.getMessage().getHeader(SparkImpexConstants.JOB_STATUS)).isEqualTo("completed");
            assertThat(manifests.get(tenant)).as("package seen by the route of %s", tenant)
                    .isEqualTo("{\"tenant\":\"" + tenant + "\"}");
        }
        assertThat(packageFiles).hasSize(TENANTS).allSatisfy(file -> assertThat(file).doesNotExist());

        // No leak: the component's threads end with the Camel context.
        context.stop();
        await("component threads gone").atMost(Duration.ofSeconds(10)).pollInSameThread()
                .until(() -> ThreadCensus.count(ThreadCensus::isSparkImpex) == 0);
        LOG.info("After Camel stopped: {} threads {}", ThreadCensus.live(), ThreadCensus.byOwner());
    }

    private long tenantsPolledAtLeast(int polls) {
        return wm.findAll(getRequestedFor(urlPathMatching(SparkStubs.anyStatusPath("export")))).stream()
                .collect(Collectors.groupingBy(request -> request.getUrl().split("/")[1], Collectors.counting()))
                .values().stream().filter(count -> count >= polls).count();
    }
}
