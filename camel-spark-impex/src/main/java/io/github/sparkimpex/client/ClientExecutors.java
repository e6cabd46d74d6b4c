package io.github.sparkimpex.client;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads a client runs on: a scheduler that only times waits (job polls, retry backoff) and a bounded pool for
 * the blocking HTTP exchanges. A job in flight occupies neither between two polls. Inside Camel both come from the
 * context's ExecutorServiceManager; {@link #standalone(int)} is for use without Camel.
 */
public record ClientExecutors(ScheduledExecutorService scheduler, ExecutorService io) {

    public static ClientExecutors standalone(int ioThreads) {
        return new ClientExecutors(Executors.newSingleThreadScheduledExecutor(daemon("spark-impex-scheduler")),
                Executors.newFixedThreadPool(ioThreads, daemon("spark-impex-io")));
    }

    public void shutdown() {
        scheduler.shutdownNow();
        io.shutdownNow();
    }

    private static ThreadFactory daemon(String name) {
        AtomicInteger counter = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
