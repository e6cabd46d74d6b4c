package io.github.sparkimpex.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * Heap use as the JVM's own memory pools record it. The pools keep their peak themselves, so the highest point of a
 * transfer is caught even if it lasts a millisecond; the sum of the pools' peaks is what {@code -Xmx} must hold.
 * Run with a small fixed young generation (e.g. {@code -Xmn8m}) so that uncollected garbage can add at most that
 * much, equally to both sides.
 */
final class HeapMeter {

    private static final List<MemoryPoolMXBean> HEAP = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP).toList();

    private HeapMeter() {
    }

    /** Heap in use once garbage is collected: the starting point of a measurement. */
    static long settledUsed() {
        System.gc();
        System.gc();
        return HEAP.stream().mapToLong(pool -> pool.getUsage().getUsed()).sum();
    }

    static void resetPeaks() {
        HEAP.forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    static long peakUsed() {
        return HEAP.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }
}
