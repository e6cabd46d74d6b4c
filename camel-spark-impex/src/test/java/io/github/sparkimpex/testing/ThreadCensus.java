package io.github.sparkimpex.testing;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Counts the live threads of this JVM, as the JVM itself reports them, and says who owns them, so that a thread budget
 * can be asserted on the whole process and still be read honestly (how much is the test server, how much is ours).
 */
public final class ThreadCensus {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private ThreadCensus() {
    }

    public static int live() {
        return THREADS.getThreadCount();
    }

    /** Starts a new peak: the JVM then tracks the highest count itself, so a spike between two samples is not missed. */
    public static void resetPeak() {
        THREADS.resetPeakThreadCount();
    }

    public static int peak() {
        return THREADS.getPeakThreadCount();
    }

    public static long count(Predicate<String> name) {
        long count = 0;
        for (ThreadInfo info : THREADS.dumpAllThreads(false, false)) {
            if (info != null && name.test(info.getThreadName())) {
                count++;
            }
        }
        return count;
    }

    /** Live threads grouped by owner, e.g. {@code {jvm+test=9, spark-impex=9, wiremock=10}}. */
    public static Map<String, Integer> byOwner() {
        Map<String, Integer> owners = new TreeMap<>();
        for (ThreadInfo info : THREADS.dumpAllThreads(false, false)) {
            if (info != null) {
                owners.merge(owner(info.getThreadName()), 1, Integer::sum);
            }
        }
        return owners;
    }

    public static boolean isSparkImpex(String threadName) {
        return threadName.contains("SparkImpex") || threadName.startsWith("spark-impex");
    }

    /** Jetty's pool ("qtp...") and schedulers, which is what WireMock runs on. */
    public static boolean isWireMock(String threadName) {
        return threadName.startsWith("qtp") || threadName.startsWith("Scheduler-")
               || threadName.startsWith("Connector-Scheduler-") || threadName.contains("WireMock");
    }

    private static String owner(String threadName) {
        if (isSparkImpex(threadName)) {
            return "spark-impex";
        }
        if (isWireMock(threadName)) {
            return "wiremock";
        }
        if (threadName.startsWith("Camel")) {
            return "camel";
        }
        return "jvm+test";
    }
}
