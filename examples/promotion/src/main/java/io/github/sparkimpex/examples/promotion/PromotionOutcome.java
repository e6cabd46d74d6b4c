package io.github.sparkimpex.examples.promotion;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** What the promotion route ended with: the printed report, or the failure. */
public final class PromotionOutcome {

    private final CountDownLatch done = new CountDownLatch(1);
    private volatile String report;
    private volatile Exception failure;

    void succeeded(String text) {
        this.report = text;
        done.countDown();
    }

    void failed(Exception cause) {
        this.failure = cause;
        done.countDown();
    }

    boolean await(long timeout, TimeUnit unit) throws InterruptedException {
        return done.await(timeout, unit);
    }

    public String report() {
        return report;
    }

    public Exception failure() {
        return failure;
    }
}
