package io.github.sparkimpex.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.sparkimpex.testing.ThreadCensus;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

/**
 * (a) Threads the JVM gains while {@code jobs} exports, one per tenant, run at the same time and each polls every
 * {@code pollMs} until Spark completes it: the JVM's own peak thread count minus the count just before the jobs.
 */
final class ThreadScenario {

    private ThreadScenario() {
    }

    static void component(String rootUrl, int jobs, long pollMs, String downloads) throws Exception {
        try (CamelApp app = new CamelApp(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:export").toD("spark-impex:export?baseUrl=" + rootUrl + "/${header.tenant}&apiKey=k&folders=f"
                                          + "&pollInterval=" + pollMs + "ms&maxPollInterval=" + pollMs + "ms"
                                          + "&downloadDirectory=" + downloads);
            }
        })) {
            int baseline = ThreadCensus.live();
            ThreadCensus.resetPeak();
            long start = System.nanoTime();
            List<CompletableFuture<Exchange>> running = new ArrayList<>();
            for (int i = 0; i < jobs; i++) {
                String tenant = "tenant-" + i;
                running.add(app.template().asyncSend("direct:export", e -> e.getMessage().setHeader("tenant", tenant)));
            }
            long succeeded = running.stream().map(CompletableFuture::join).filter(e -> e.getException() == null).count();
            emit(baseline, ThreadCensus.peak(), start, succeeded);
        }
    }

    static void sdk(String rootUrl, int jobs, long pollMs) throws Exception {
        try (SdkStyleClient sdk = new SdkStyleClient(rootUrl, jobs, Integer.MAX_VALUE, Duration.ofMillis(pollMs))) {
            int baseline = ThreadCensus.live();
            ThreadCensus.resetPeak();
            long start = System.nanoTime();
            AtomicInteger succeeded = new AtomicInteger();
            List<Thread> threads = new ArrayList<>();
            for (int i = 0; i < jobs; i++) {
                String tenant = "tenant-" + i;
                // One job, one thread, blocked from the POST to the last byte of the package: the SDKs' model.
                Thread job = new Thread(() -> {
                    try {
                        sdk.export(tenant);
                        succeeded.incrementAndGet();
                    } catch (Exception e) {
                        System.err.println(tenant + ": " + e);
                    }
                }, "sdk-job-" + i);
                threads.add(job);
                job.start();
            }
            for (Thread job : threads) {
                job.join();
            }
            emit(baseline, ThreadCensus.peak(), start, succeeded.get());
        }
    }

    private static void emit(int baseline, int peak, long startNanos, long succeeded) {
        Result.builder().put("baseline", baseline).put("peak", peak).put("added", peak - baseline)
                .put("wallMs", (System.nanoTime() - startNanos) / 1_000_000).put("succeeded", succeeded).emit();
    }
}
