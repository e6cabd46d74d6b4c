package io.github.sparkimpex.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sparkimpex.emulator.faults.FaultState;
import io.github.sparkimpex.emulator.support.HttpResult;
import io.github.sparkimpex.emulator.support.ImpexClient;
import io.github.sparkimpex.emulator.support.TestHttp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every fault switch, observed from the client's side. */
class FaultSwitchTest {

    private static final String EXPORT_QUOTE = "{\"inputs\":{\"services\":[\"pricing/quote\"]}}";

    @RegisterExtension
    static final SparkImpexEmulatorExtension SPARK = SparkImpexEmulatorExtension.withSampleSeed().resetBeforeEach();

    private ImpexClient dev;
    private ImpexClient prod;

    @BeforeEach
    void clients() {
        dev = ImpexClient.withApiKey(SPARK.emulator(), "dev");
        prod = ImpexClient.withApiKey(SPARK.emulator(), "prod");
    }

    @Test
    void rateLimitAnswersTheNextRequests429WithRetryAfter() {
        SPARK.admin().faults().rateLimit(2, 7);

        HttpResult first = dev.tenantStatus("export");
        HttpResult second = prod.tenantStatus("export");
        HttpResult third = dev.tenantStatus("export");

        for (HttpResult limited : new HttpResult[] {first, second}) {
            assertThat(limited.status()).isEqualTo(429);
            assertThat(limited.header("Retry-After")).isEqualTo("7");
            assertThat(limited.header("x-retry-after")).isEqualTo("7");
            assertThat(limited.json().get("error_code").asText()).isEqualTo("RATE_LIMITED");
        }
        assertThat(third.status()).isEqualTo(200);
        assertThat(SPARK.admin().faults().state().rateLimitRemaining()).isZero();
    }

    @Test
    void tenantFaultsLeaveOtherTenantsAlone() {
        SPARK.admin().faults("dev").rateLimit(1, 1);

        assertThat(prod.tenantStatus("export").status()).isEqualTo(200);
        assertThat(dev.tenantStatus("export").status()).isEqualTo(429);
        assertThat(dev.tenantStatus("export").status()).isEqualTo(200);
    }

    @Test
    void serverErrorBurstsUseTheChosenStatus() {
        SPARK.admin().faults().serverErrors(2, 502);

        assertThat(dev.tenantStatus("export").status()).isEqualTo(502);
        HttpResult second = dev.startExport(EXPORT_QUOTE);
        assertThat(second.status()).isEqualTo(502);
        assertThat(second.json().get("error_code").asText()).isEqualTo("BAD_GATEWAY");
        assertThat(dev.tenantStatus("export").status()).isEqualTo(200);
        assertThat(SPARK.admin().jobs("dev")).as("a refused POST creates no job").isEmpty();

        SPARK.admin().faults().serverErrors(1);
        assertThat(dev.tenantStatus("export").status()).isEqualTo(503);
    }

    @Test
    void requestFaultsDoNotTouchTheTokenEndpoint() {
        SPARK.admin().faults().rateLimit(1, 1);

        HttpResult token = TestHttp.postForm(SPARK.tokenUrl("dev"), Map.of("grant_type", "client_credentials",
                "client_id", SPARK.clientId("dev"), "client_secret", SPARK.clientSecret("dev")), Map.of());

        assertThat(token.status()).isEqualTo(200);
        assertThat(SPARK.admin().faults().state().rateLimitRemaining()).isEqualTo(1);
    }

    @Test
    void slowResponsesDelayEveryRequestUntilCleared() {
        // A delay far above a local round trip, so that the undelayed requests cannot reach it by chance.
        SPARK.admin().faults("dev").slowResponses(Duration.ofSeconds(1));

        long slow = timed(() -> assertThat(dev.tenantStatus("export").status()).isEqualTo(200));
        long otherTenant = timed(() -> assertThat(prod.tenantStatus("export").status()).isEqualTo(200));
        SPARK.admin().faults("dev").slowResponses(Duration.ZERO);
        long cleared = timed(() -> assertThat(dev.tenantStatus("export").status()).isEqualTo(200));

        assertThat(slow).isGreaterThanOrEqualTo(1000);
        assertThat(otherTenant).isLessThan(1000);
        assertThat(cleared).isLessThan(1000);
    }

    @Test
    void cutDownloadDeclaresTheFullLengthAndStopsHalfWay() throws Exception {
        String url = completedExportUrl();
        SPARK.admin().faults("dev").cutNextDownload();

        RawResponse cut = rawGet(url);
        HttpResult whole = TestHttp.get(url, Map.of());

        assertThat(cut.status).isEqualTo(200);
        assertThat(cut.contentLength).isEqualTo(whole.body().length);
        assertThat(cut.bodyBytes).isEqualTo(whole.body().length / 2);
        assertThat(whole.status()).isEqualTo(200);
    }

    @Test
    void cutDownloadSurfacesAsAnIoErrorInAnHttpClient() {
        String url = completedExportUrl();
        SPARK.admin().faults().cutNextDownload();

        assertThatThrownBy(() -> TestHttp.sendRaw(TestHttp.request(url, Map.of()).GET().build()))
                .isInstanceOf(IOException.class);
        assertThat(TestHttp.get(url, Map.of()).status()).isEqualTo(200);
    }

    @Test
    void downloadErrorsAnswerTheNextDownloads() {
        String url = completedExportUrl();
        SPARK.admin().faults("dev").downloadErrors(1, 503);

        assertThat(TestHttp.get(url, Map.of()).status()).isEqualTo(503);
        assertThat(TestHttp.get(url, Map.of()).status()).isEqualTo(200);
    }

    @Test
    void failNextJobMakesOnlyTheNextJobFail() {
        SPARK.admin().faults("dev").failNextJob();

        JsonNode failed = dev.awaitEnd("export", dev.exportJob(EXPORT_QUOTE));
        JsonNode next = dev.awaitEnd("export", dev.exportJob(EXPORT_QUOTE));

        assertThat(failed.get("status").asText()).isEqualTo("failed");
        assertThat(failed.at("/errors/0/error_code").asText()).isEqualTo("INJECTED_FAILURE");
        assertThat(failed.at("/outputs/files")).isEmpty();
        assertThat(next.get("status").asText()).isEqualTo("completed");
    }

    @Test
    void failedImportChangesNothing() {
        byte[] zip = dev.exportPackage("{\"inputs\":{\"services\":[\"pricing/discount\"]}}");
        SPARK.admin().faults().failNextJob();

        JsonNode failed = prod.importAndWait(zip, null);

        assertThat(failed.get("status").asText()).isEqualTo("failed");
        assertThat(SPARK.admin().service("prod", "pricing", "discount")).isEmpty();
    }

    @Test
    void stuckJobStaysInProgressAndHoldsTheSlotUntilCancelled() {
        SPARK.admin().faults("dev").stickNextJob();
        String stuck = dev.exportJob(EXPORT_QUOTE);

        for (int poll = 0; poll < 10; poll++) {
            assertThat(dev.status("export", stuck).json().get("status").asText()).isEqualTo("in_progress");
        }
        assertThat(dev.startExport(EXPORT_QUOTE).json().get("job_id").asText()).isEqualTo(stuck);

        assertThat(dev.cancel("export", stuck).json().get("status").asText()).isEqualTo("cancelled");
        assertThat(dev.awaitEnd("export", dev.exportJob(EXPORT_QUOTE)).get("status").asText()).isEqualTo("completed");
    }

    @Test
    void expireTokensInvalidatesIssuedTokensOfTheScope() {
        String devToken = SPARK.issueToken("dev");
        String prodToken = SPARK.issueToken("prod");

        SPARK.admin().faults("dev").expireTokens();

        HttpResult expired = ImpexClient.withBearer(SPARK.emulator(), "dev", devToken).tenantStatus("export");
        assertThat(expired.status()).isEqualTo(401);
        assertThat(expired.json().get("error_code").asText()).isEqualTo("TOKEN_EXPIRED");
        assertThat(ImpexClient.withBearer(SPARK.emulator(), "prod", prodToken).tenantStatus("export").status())
                .isEqualTo(200);
        assertThat(ImpexClient.withBearer(SPARK.emulator(), "dev", SPARK.issueToken("dev")).tenantStatus("export")
                .status()).isEqualTo(200);

        SPARK.admin().faults().expireTokens();
        assertThat(ImpexClient.withBearer(SPARK.emulator(), "prod", prodToken).tenantStatus("export").status())
                .isEqualTo(401);
    }

    @Test
    void clearTurnsEverySwitchOff() {
        SPARK.admin().faults().rateLimit(5, 1).serverErrors(5, 503).slowResponses(Duration.ofSeconds(1))
                .downloadErrors(3, 502).cutNextDownload().failNextJob().stickNextJob();

        FaultState state = SPARK.admin().faults().clear().state();

        assertThat(state.rateLimitRemaining()).isZero();
        assertThat(state.serverErrorsRemaining()).isZero();
        assertThat(state.slowResponsesMillis()).isZero();
        assertThat(state.downloadErrorsRemaining()).isZero();
        assertThat(state.cutNextDownload()).isFalse();
        assertThat(state.failNextJob()).isFalse();
        assertThat(state.stickNextJob()).isFalse();
        assertThat(dev.tenantStatus("export").status()).isEqualTo(200);
    }

    private String completedExportUrl() {
        JsonNode done = dev.awaitEnd("export", dev.exportJob(EXPORT_QUOTE));
        return done.at("/outputs/files/0/file").asText();
    }

    private static long timed(Runnable action) {
        long start = System.nanoTime();
        action.run();
        return Duration.ofNanos(System.nanoTime() - start).toMillis();
    }

    /** A plain socket GET, to see exactly what the server sent before it closed the connection. */
    private static RawResponse rawGet(String url) throws IOException {
        URI uri = URI.create(url);
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + uri.getRawPath() + " HTTP/1.1\r\nHost: " + uri.getHost() + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            byte[] all = readUntilClosed(socket.getInputStream());
            String text = new String(all, StandardCharsets.ISO_8859_1);
            int headerEnd = text.indexOf("\r\n\r\n");
            String[] headerLines = text.substring(0, headerEnd).split("\r\n");
            long contentLength = -1;
            for (String line : headerLines) {
                if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                    contentLength = Long.parseLong(line.substring(line.indexOf(':') + 1).trim());
                }
            }
            return new RawResponse(Integer.parseInt(headerLines[0].split(" ")[1]), contentLength,
                    all.length - headerEnd - 4);
        }
    }

    private static byte[] readUntilClosed(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int read = in.read(buffer); read != -1; read = in.read(buffer)) {
                bytes.write(buffer, 0, read);
            }
        } catch (IOException connectionReset) {
            // A reset after the last byte still leaves us with what was received.
        }
        return bytes.toByteArray();
    }

    private record RawResponse(int status, long contentLength, long bodyBytes) {
    }
}
