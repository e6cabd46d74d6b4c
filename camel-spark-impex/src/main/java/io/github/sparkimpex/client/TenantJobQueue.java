package io.github.sparkimpex.client;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Spark runs one job of each type per tenant at a time. Jobs for the same tenant and type are therefore run one
 * after the other, in the order they were submitted, across every client of this JVM; other tenants are not held up.
 */
public final class TenantJobQueue {

    /** Shared by all endpoints and clients in the JVM, since they may all target the same tenant. */
    public static final TenantJobQueue JVM_WIDE = new TenantJobQueue();

    private final Map<String, CompletableFuture<?>> tails = new HashMap<>();

    /** Runs {@code job} once every job submitted before it under {@code key} has ended, successfully or not. */
    public <T> CompletableFuture<T> submit(String key, Supplier<CompletableFuture<T>> job) {
        CompletableFuture<T> result;
        synchronized (tails) {
            CompletableFuture<?> previous = tails.getOrDefault(key, CompletableFuture.completedFuture(null));
            result = previous.handle((ignored, failure) -> null).thenCompose(ignored -> start(job));
            tails.put(key, result);
        }
        result.whenComplete((value, failure) -> {
            synchronized (tails) {
                tails.remove(key, result);
            }
        });
        return result;
    }

    /** How many keys have a job running or waiting (for tests and diagnostics). */
    public int activeKeys() {
        synchronized (tails) {
            return tails.size();
        }
    }

    private static <T> CompletableFuture<T> start(Supplier<CompletableFuture<T>> job) {
        try {
            return job.get();
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }
}
