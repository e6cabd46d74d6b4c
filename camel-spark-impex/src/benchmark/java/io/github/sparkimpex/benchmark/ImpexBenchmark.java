package io.github.sparkimpex.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.github.sparkimpex.testing.StreamingSparkServer;
import io.github.sparkimpex.testing.StreamingSparkServer.JobPlan;
import io.github.sparkimpex.testing.TestPackages;

/**
 * Measures, in one run, the component against the way the official SDKs work ({@link SdkStyleClient}), and prints
 * the ratios: (a) threads for N concurrent jobs, (b) peak heap for an M MB package, (c) time to report a failed job.
 *
 * <p>This JVM only runs the fake Spark ({@link StreamingSparkServer}, which streams) and forks one JVM per
 * measurement. Options: {@code --jobs=200 --package-mb=100 --job-seconds=3 --poll-ms=500 --sdk-polls=10}.
 */
public final class ImpexBenchmark {

    /** Same flags for both sides of (b): a fixed heap and an 8 MB young generation bound the garbage counted. */
    private static final List<String> HEAP_FLAGS = List.of("-Xms512m", "-Xmx512m", "-Xmn8m", "-XX:+UseSerialGC");
    private static final List<String> SMALL_HEAP = List.of("-Xmx256m");
    private static final double MIB = 1024 * 1024;

    private ImpexBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        int jobs = Integer.parseInt(options.getOrDefault("jobs", "200"));
        int packageMb = Integer.parseInt(options.getOrDefault("package-mb", "100"));
        int jobSeconds = Integer.parseInt(options.getOrDefault("job-seconds", "3"));
        long pollMs = Long.parseLong(options.getOrDefault("poll-ms", "500"));
        int sdkPolls = Integer.parseInt(options.getOrDefault("sdk-polls", "10"));

        Path work = Files.createDirectories(Path.of("target", "benchmark"));
        String downloads = work.resolve("downloads").toString();
        Path smallPackage = TestPackages.zipFile(work, "small.zip", "{\"services\":[]}");
        Path largePackage = TestPackages.largeZip(work.resolve("large.zip"), packageMb * 1024L * 1024L);
        long largeSize = Files.size(largePackage);
        System.out.printf(Locale.ROOT, "spark-impex benchmark: %d jobs of %d s, %d MB package (%d bytes), polls every %d ms,"
                                       + " SDK poll budget %d polls%n", jobs, jobSeconds, packageMb, largeSize, pollMs, sdkPolls);

        try (StreamingSparkServer spark = StreamingSparkServer.start(16)) {
            String root = spark.rootUrl();

            System.out.println("(a) threads ...");
            spark.servePackage(smallPackage);
            spark.plan(JobPlan.completesAfter(Duration.ofSeconds(jobSeconds)));
            Result threadsComponent = Fork.run(SMALL_HEAP, "threads", "component", root, "" + jobs, "" + pollMs, downloads);
            Result threadsSdk = Fork.run(SMALL_HEAP, "threads", "sdk", root, "" + jobs, "" + pollMs);
            requireAllSucceeded(jobs, threadsComponent, "component");
            requireAllSucceeded(jobs, threadsSdk, "SDK way");

            System.out.println("(b) heap ...");
            spark.servePackage(largePackage);
            spark.plan(JobPlan.completesAtOnce());
            long served = spark.bytesServed();
            Result heapComponent = Fork.run(HEAP_FLAGS, "heap", "component", root, downloads);
            requireTransferred(spark, served, largeSize, "component");
            served = spark.bytesServed();
            Result heapSdk = Fork.run(HEAP_FLAGS, "heap", "sdk", root);
            requireTransferred(spark, served, largeSize, "SDK way");

            System.out.println("(c) failed job ...");
            spark.servePackage(smallPackage);
            spark.plan(JobPlan.completesAtOnce());
            spark.plan("failing", JobPlan.failsAfter(Duration.ZERO));
            Result failComponent = Fork.run(SMALL_HEAP, "failure", "component", root, "" + pollMs);
            Result failSdk = Fork.run(SMALL_HEAP, "failure", "sdk", root, "" + sdkPolls, "" + pollMs);

            printTable(jobs, packageMb, threadsComponent, threadsSdk, heapComponent, heapSdk, failComponent, failSdk);
        } finally {
            Files.deleteIfExists(largePackage);
        }
    }

    private static void printTable(int jobs, int packageMb, Result threadsC, Result threadsS, Result heapC, Result heapS,
            Result failC, Result failS) {
        String row = "%-48s %14s %14s %16s%n";
        System.out.println();
        System.out.printf(Locale.ROOT, row, "measure", "component", "SDK way", "SDK / component");
        System.out.printf(Locale.ROOT, row, "(a) threads added, " + jobs + " jobs in flight",
                threadsC.get("added"), threadsS.get("added"), ratio(threadsS.getLong("added"), threadsC.getLong("added")));
        System.out.printf(Locale.ROOT, row, "(b) peak heap, " + packageMb + " MB package down + up",
                mib(heapC.getLong("peak")), mib(heapS.getLong("peak")), ratio(heapS.getLong("peak"), heapC.getLong("peak")));
        System.out.printf(Locale.ROOT, row, "    heap added by the transfer",
                mib(heapC.getLong("added")), mib(heapS.getLong("added")), ratio(heapS.getLong("added"), heapC.getLong("added")));
        System.out.printf(Locale.ROOT, row, "(c) failed job reported after",
                seconds(failC.getLong("elapsedMs")), seconds(failS.getLong("elapsedMs")),
                ratio(failS.getLong("elapsedMs"), failC.getLong("elapsedMs")));
        System.out.println();
        System.out.printf(Locale.ROOT, "(a) live threads before -> peak: component %s -> %s in %s; SDK way %s -> %s in %s%n",
                threadsC.get("baseline"), threadsC.get("peak"), seconds(threadsC.getLong("wallMs")),
                threadsS.get("baseline"), threadsS.get("peak"), seconds(threadsS.getLong("wallMs")));
        System.out.printf(Locale.ROOT, "(b) heap in use before the transfer: component %s, SDK way %s (flags %s)%n",
                mib(heapC.getLong("baseline")), mib(heapS.getLong("baseline")), String.join(" ", HEAP_FLAGS));
        System.out.println("(c) component reported: " + failC.get("reported"));
        System.out.println("    SDK way reported:   " + failS.get("reported"));
    }

    private static void requireAllSucceeded(int jobs, Result result, String side) {
        if (result.getLong("succeeded") != jobs) {
            throw new IllegalStateException("(a) " + side + ": only " + result.get("succeeded") + " of " + jobs
                                            + " jobs succeeded; the thread figures would mean nothing");
        }
    }

    /** The figure counts only if the whole package really crossed the wire both ways. */
    private static void requireTransferred(StreamingSparkServer spark, long servedBefore, long size, String side) {
        long served = spark.bytesServed() - servedBefore;
        List<StreamingSparkServer.ReceivedImport> imports = spark.imports();
        long received = imports.isEmpty() ? -1 : imports.get(imports.size() - 1).part("file").size();
        if (served != size || received != size) {
            throw new IllegalStateException("(b) " + side + ": the server sent " + served + " and received " + received
                                            + " of " + size + " bytes");
        }
    }

    private static String ratio(long sdk, long component) {
        return component <= 0 ? "n/a" : String.format(Locale.ROOT, "%.1fx", (double) sdk / component);
    }

    private static String mib(long bytes) {
        return String.format(Locale.ROOT, "%.1f MiB", bytes / MIB);
    }

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.2f s", millis / 1000.0);
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("Options look like --jobs=200; got " + arg);
            }
            options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        return options;
    }
}
