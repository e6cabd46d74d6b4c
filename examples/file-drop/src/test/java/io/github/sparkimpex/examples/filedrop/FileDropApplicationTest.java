package io.github.sparkimpex.examples.filedrop;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sparkimpex.emulator.SparkImpexEmulator;
import io.github.sparkimpex.emulator.admin.ServiceInfo;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.main.Main;
import org.apache.camel.support.ScheduledPollConsumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The file drop end to end: real packages exported from the emulator's dev tenant, dropped for prod. */
class FileDropApplicationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @TempDir
    Path work;

    private Path inbox;
    private SparkImpexEmulator spark;
    private SamplePackages dev;
    private Main app;

    @BeforeEach
    void startSpark() throws Exception {
        inbox = work.resolve("inbox");
        spark = SparkImpexEmulator.builder().seedResource(SparkImpexEmulator.SAMPLE_SEED).start();
        // A dev folder prod does not have: importing it fails with FOLDER_NOT_FOUND.
        spark.admin().addService("dev", "labs", "experiment", "0.1.0");
        dev = new SamplePackages(spark.baseUrl("dev"), spark.apiKey("dev"), work.resolve("downloads"));
    }

    @AfterEach
    void stopAll() {
        if (app != null) {
            app.stop();
        }
        dev.close();
        spark.close();
    }

    @Test
    void anImportedPackageMovesToDoneWithTheResultBesideIt() throws Exception {
        app = startApp();

        drop(dev.export("pricing", "pricing.zip"));

        await().atMost(PATIENCE).until(() -> Files.exists(inbox.resolve("done/pricing.zip")));
        JsonNode result = new ObjectMapper().readTree(inbox.resolve("done/pricing.zip.result.json").toFile());
        assertThat(result.path("status").asText()).isEqualTo("completed");
        assertThat(result.path("id").asText()).isEqualTo(importJobs().get(0));
        assertThat(zips(inbox)).isEmpty();
        assertThat(spark.admin().service("prod", "pricing", "discount")).isPresent();
        assertThat(spark.admin().service("prod", "pricing", "quote").map(ServiceInfo::versionNumbers))
                .contains(List.of("1.0.0", "1.1.0"));
    }

    @Test
    void aPackageSparkRefusesMovesToFailedWithTheReasonAndCanBeDroppedAgainOnceFixed() throws Exception {
        app = startApp();

        drop(dev.export("labs", "labs.zip"));

        await().atMost(PATIENCE).until(() -> Files.exists(inbox.resolve("failed/labs.zip")));
        assertThat(inbox.resolve("failed/labs.zip.reason.txt")).content()
                .contains("labs.zip", "status failed", "FOLDER_NOT_FOUND", "Destination folder 'labs' does not exist");
        assertThat(inbox.resolve("done")).doesNotExist();
        assertThat(spark.admin().service("prod", "labs", "experiment")).isEmpty();

        // A failed import is not remembered as imported: once the folder exists, the same package goes through.
        spark.admin().createFolder("prod", "labs");
        Files.move(inbox.resolve("failed/labs.zip"), inbox.resolve("labs.zip"));

        await().atMost(PATIENCE).until(() -> Files.exists(inbox.resolve("done/labs.zip")));
        assertThat(spark.admin().service("prod", "labs", "experiment")).isPresent();
        assertThat(importJobs()).hasSize(2);
    }

    @Test
    void theSamePackageUnderAnotherNameIsNotImportedAgainEvenAfterARestart() throws Exception {
        app = startApp();
        Path pricing = dev.export("pricing", "pricing.zip");
        Path copy = Files.copy(pricing, pricing.resolveSibling("pricing-again.zip"));
        drop(pricing);
        await().atMost(PATIENCE).until(() -> Files.exists(inbox.resolve("done/pricing.zip")));

        drop(copy);
        awaitPolls(3);
        assertThat(zips(inbox)).containsExactly("pricing-again.zip");
        assertThat(importJobs()).hasSize(1);

        // A new Camel context, new beans: only the file store remembers the package.
        app.stop();
        app = startApp();
        awaitPolls(3);
        assertThat(zips(inbox)).containsExactly("pricing-again.zip");
        assertThat(importJobs()).hasSize(1);
    }

    @Test
    void whileSparkIsDownThePackageWaitsInTheInboxAndIsImportedOnceSparkIsBack() throws Exception {
        Path pricing = dev.export("pricing", "pricing.zip");
        int port = spark.port();
        int filePort = spark.filePort();
        app = startApp();
        spark.close();

        NotifyBuilder twoAttempts = new NotifyBuilder(app.getCamelContext()).whenFailed(2).create();
        drop(pricing);
        assertThat(twoAttempts.matches(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
        assertThat(zips(inbox)).containsExactly("pricing.zip");
        assertThat(inbox.resolve("failed")).doesNotExist();

        spark = SparkImpexEmulator.builder().seedResource(SparkImpexEmulator.SAMPLE_SEED)
                .port(port).filePort(filePort).start();

        await().atMost(PATIENCE).until(() -> Files.exists(inbox.resolve("done/pricing.zip")));
        assertThat(importJobs()).hasSize(1);
        assertThat(spark.admin().service("prod", "pricing", "discount")).isPresent();
    }

    @Test
    void aSparkAnsweringServerErrorsIsWaitedOut() throws Exception {
        app = startApp();
        // More 503s than the component retries once: the first attempt fails, the package stays, a later one succeeds.
        spark.admin().faults("prod").serverErrors(6);
        NotifyBuilder oneAttemptFailed = new NotifyBuilder(app.getCamelContext()).whenFailed(1).create();

        drop(dev.export("pricing", "pricing.zip"));

        assertThat(oneAttemptFailed.matches(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
        await().atMost(PATIENCE).until(() -> Files.exists(inbox.resolve("done/pricing.zip")));
        assertThat(inbox.resolve("failed")).doesNotExist();
        assertThat(importJobs()).hasSize(1);
    }

    @Test
    void aPackageWhoseImportStartedButCouldNotBeFollowedIsNotImportedTwice() throws Exception {
        app = startApp();
        spark.admin().faults("prod").stickNextJob();

        drop(dev.export("pricing", "pricing.zip"));
        await().atMost(PATIENCE).until(() -> importJobs().size() == 1);
        // The job runs on Spark, but its status can no longer be read: importing the file again could import it twice.
        spark.admin().faults("prod").serverErrors(10_000);

        await().atMost(PATIENCE).until(() -> Files.exists(inbox.resolve("failed/pricing.zip")));
        spark.admin().faults("prod").clear();
        assertThat(inbox.resolve("failed/pricing.zip.reason.txt")).content()
                .contains("Lost track of import job " + importJobs().get(0), "may still be running");
        awaitPolls(3);
        assertThat(importJobs()).hasSize(1);
    }

    private Main startApp() throws Exception {
        Properties overrides = new Properties();
        overrides.setProperty("filedrop.emulator", "false");
        overrides.setProperty("filedrop.baseUrl", spark.baseUrl("prod"));
        overrides.setProperty("filedrop.apiKey", spark.apiKey("prod"));
        overrides.setProperty("filedrop.inbox", inbox.toString());
        overrides.setProperty("filedrop.importedStore", work.resolve("imported-packages.dat").toString());
        overrides.setProperty("filedrop.pollDelay", "100");
        overrides.setProperty("filedrop.readLockCheckInterval", "100");
        // The emulator ends a job on its second status poll: no need to wait a second between polls.
        overrides.setProperty("camel.component.spark-impex.pollInterval", "100ms");
        return FileDropApplication.start(FileDropApplication.settings(overrides));
    }

    private void drop(Path pkg) throws Exception {
        Files.createDirectories(inbox);
        Files.move(pkg, inbox.resolve(pkg.getFileName()), StandardCopyOption.ATOMIC_MOVE);
    }

    /** Waits until the inbox was looked at {@code polls} more times: a clock that does not depend on timing. */
    private void awaitPolls(int polls) {
        ScheduledPollConsumer consumer = (ScheduledPollConsumer) app.getCamelContext()
                .getRoute(FileDropRoutes.ROUTE_ID).getConsumer();
        long start = consumer.getCounter();
        await().atMost(PATIENCE).until(() -> consumer.getCounter() >= start + polls);
    }

    private List<String> importJobs() {
        return spark.admin().jobs("prod").stream().filter(job -> job.type().equals("import")).map(job -> job.id()).toList();
    }

    private static List<String> zips(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).filter(name -> name.endsWith(".zip")).sorted().toList();
        }
    }
}
