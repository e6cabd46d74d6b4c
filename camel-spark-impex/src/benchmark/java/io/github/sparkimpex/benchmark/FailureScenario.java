package io.github.sparkimpex.benchmark;

import java.time.Duration;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

/**
 * (c) Time from starting an export that Spark fails at once (tenant {@code failing}) to the caller being told, and
 * what it is told. Both sides poll at the same interval; the SDK way keeps polling a failed job until its budget is
 * spent. Each side first runs one export that succeeds (tenant {@code warmup}), so that class loading and connection
 * set-up, paid once per JVM, are not timed.
 */
final class FailureScenario {

    private FailureScenario() {
    }

    static void component(String rootUrl, long pollMs) throws Exception {
        try (CamelApp app = new CamelApp(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:export").toD("spark-impex:export?baseUrl=" + rootUrl + "/${header.tenant}&apiKey=k&folders=f"
                                          + "&pollInterval=" + pollMs + "ms&maxPollInterval=" + pollMs + "ms");
            }
        })) {
            Exchange warmup = export(app, "warmup");
            if (warmup.getException() != null) {
                throw warmup.getException();
            }
            long start = System.nanoTime();
            Exchange done = export(app, "failing");
            emit(start, done.getException());
        }
    }

    static void sdk(String rootUrl, int maxPolls, long pollMs) throws Exception {
        try (SdkStyleClient sdk = new SdkStyleClient(rootUrl, 4, maxPolls, Duration.ofMillis(pollMs))) {
            sdk.export("warmup");
            long start = System.nanoTime();
            Exception reported = null;
            try {
                sdk.export("failing");
            } catch (SdkStyleClient.RetryTimeoutError e) {
                reported = e;
            }
            emit(start, reported);
        }
    }

    private static Exchange export(CamelApp app, String tenant) {
        return app.template().request("direct:export", exchange -> exchange.getMessage().setHeader("tenant", tenant));
    }

    private static void emit(long startNanos, Throwable reported) {
        long elapsedMs = (System.nanoTime() - startNanos) / 1_000_000;
        String what = reported == null ? "nothing: the job was reported as a success"
                : reported.getClass().getSimpleName() + ": " + reported.getMessage();
        Result.builder().put("elapsedMs", elapsedMs).put("reported", what).emit();
    }
}
