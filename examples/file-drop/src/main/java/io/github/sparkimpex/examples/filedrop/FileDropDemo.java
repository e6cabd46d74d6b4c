package io.github.sparkimpex.examples.filedrop;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Properties;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.github.sparkimpex.emulator.SparkImpexEmulator;
import org.apache.camel.main.Main;
import org.apache.camel.support.ScheduledPollConsumer;

/**
 * What {@code mvn ... exec:java} shows: an embedded emulator stands in for Spark, three packages exported from its
 * {@code dev} tenant are dropped for {@code prod}, and the demo prints where each one ended up.
 * <ul>
 *   <li>{@code pricing.zip}: dev's pricing folder, which prod has: imported, moved to done/ with the result;</li>
 *   <li>{@code labs.zip}: a folder prod does not have: Spark fails the import, moved to failed/ with the reason;</li>
 *   <li>{@code pricing-again.zip}: the same bytes as pricing.zip: left in the inbox, not imported twice.</li>
 * </ul>
 */
final class FileDropDemo {

    private static final Duration WAIT = Duration.ofSeconds(60);

    private FileDropDemo() {
    }

    static void run(Properties settings) throws Exception {
        Path work = Path.of(settings.getProperty("filedrop.demoDirectory"))
                .resolve("run-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        Path inbox = work.resolve("inbox");
        settings.setProperty("filedrop.inbox", inbox.toString());
        settings.setProperty("filedrop.importedStore", work.resolve("imported-packages.dat").toString());

        try (SparkImpexEmulator spark = SparkImpexEmulator.builder().seedResource(SparkImpexEmulator.SAMPLE_SEED).start()) {
            spark.admin().addService("dev", "labs", "experiment", "0.1.0");
            settings.setProperty("filedrop.baseUrl", spark.baseUrl("prod"));
            settings.setProperty("filedrop.apiKey", spark.apiKey("prod"));

            Main app = FileDropApplication.start(settings);
            try (SamplePackages dev = new SamplePackages(spark.baseUrl("dev"), spark.apiKey("dev"), work.resolve("downloads"))) {
                Path pricing = dev.export("pricing", "pricing.zip");
                Path again = Files.copy(pricing, pricing.resolveSibling("pricing-again.zip"));
                drop(pricing, inbox);
                drop(dev.export("labs", "labs.zip"), inbox);
                awaitFile(inbox.resolve("done/pricing.zip"));
                drop(again, inbox);
                awaitFile(inbox.resolve("failed/labs.zip"));
                // Give the copy a few looks at the inbox: it is recognised each time and left where it is.
                awaitPolls(app, 3);
            } finally {
                app.stop();
            }
            System.out.println(report(inbox, spark));
        }
    }

    /** Moves a finished file into the inbox in one step, as a careful person or script would. */
    private static void drop(Path pkg, Path inbox) throws IOException {
        Files.createDirectories(inbox);
        Files.move(pkg, inbox.resolve(pkg.getFileName()), StandardCopyOption.ATOMIC_MOVE);
    }

    private static void awaitFile(Path file) throws InterruptedException {
        Instant deadline = Instant.now().plus(WAIT);
        while (!Files.exists(file)) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(file + " did not appear within " + WAIT);
            }
            Thread.sleep(200);
        }
    }

    private static void awaitPolls(Main app, int polls) throws InterruptedException {
        ScheduledPollConsumer inbox = (ScheduledPollConsumer) app.getCamelContext().getRoute(FileDropRoutes.ROUTE_ID).getConsumer();
        long target = inbox.getCounter() + polls;
        Instant deadline = Instant.now().plus(WAIT);
        while (inbox.getCounter() < target && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
    }

    private static String report(Path inbox, SparkImpexEmulator spark) throws IOException {
        StringBuilder out = new StringBuilder("\n=== Spark file drop ===\n").append(inbox.toAbsolutePath()).append('\n');
        for (String folder : new String[] {".", "done", "failed"}) {
            out.append(String.format("  %-8s %s%n", folder.equals(".") ? "inbox/" : folder + "/", list(inbox.resolve(folder))));
        }
        out.append("  (pricing-again.zip has the bytes of done/pricing.zip: it was recognised and not imported again)\n");
        out.append("\nfailed/labs.zip.reason.txt:\n").append(Files.readString(inbox.resolve("failed/labs.zip.reason.txt")).indent(2));
        out.append("\nprod now has: ").append(spark.admin().services("prod").stream()
                .map(s -> s.uri() + " " + s.versionNumbers()).collect(Collectors.joining(", "))).append('\n');
        out.append("import jobs on prod: ").append(spark.admin().jobs("prod").size()).append('\n');
        return out.toString();
    }

    private static String list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).map(f -> f.getFileName().toString()).sorted()
                    .collect(Collectors.joining(", "));
        }
    }
}
