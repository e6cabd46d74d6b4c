package io.github.sparkimpex.emulator.http;

import io.github.sparkimpex.emulator.faults.FaultBoard;
import io.github.sparkimpex.emulator.faults.InjectedResponse;
import io.github.sparkimpex.emulator.files.DownloadStore;
import io.github.sparkimpex.emulator.files.StoredDownload;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.Methods;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The file host: {@code GET /docstore/api/v1/documents/versions/tokens/{token}/package.zip}. Like a pre-signed
 * object-storage URL the token is the only credential, and a request that also carries {@code Authorization} or
 * {@code x-synthetic-key} is refused with 403, so a client leaking API credentials to it is caught. Serves the
 * download-error and cut-download faults.
 */
public final class DownloadHandler implements HttpHandler {

    private static final Logger LOG = LoggerFactory.getLogger(DownloadHandler.class);
    private static final Pattern PATH = Pattern.compile(
            Pattern.quote(DownloadStore.PATH_PREFIX) + "([^/]+)" + Pattern.quote(DownloadStore.PATH_SUFFIX));

    private final DownloadStore downloads;
    private final FaultBoard faults;
    private final Clock clock;

    public DownloadHandler(DownloadStore downloads, FaultBoard faults, Clock clock) {
        this.downloads = downloads;
        this.faults = faults;
        this.clock = clock;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        // The raw URI, because the token's %2F must not be taken for a path separator.
        Matcher matcher = PATH.matcher(exchange.getRequestURI());
        if (!matcher.matches()) {
            error(exchange, 404, "NOT_FOUND", "No such document");
            return;
        }
        if (!Methods.GET.equals(exchange.getRequestMethod())) {
            error(exchange, 405, "METHOD_NOT_ALLOWED", "Documents are read with GET");
            return;
        }
        if (exchange.getRequestHeaders().contains("Authorization")
                || exchange.getRequestHeaders().contains("x-synthetic-key")) {
            error(exchange, 403, "CREDENTIALS_NOT_ACCEPTED",
                    "Signed document URLs carry their own token; requests with Authorization or x-synthetic-key "
                            + "are refused");
            return;
        }
        String token = URLDecoder.decode(matcher.group(1), StandardCharsets.UTF_8);
        Optional<StoredDownload> download = downloads.find(token);
        if (download.isEmpty()) {
            error(exchange, 404, "DOCUMENT_NOT_FOUND", "The document token is unknown or no longer valid");
            return;
        }
        Optional<InjectedResponse> fault = faults.takeDownloadFault(download.get().tenant());
        if (fault.isPresent()) {
            error(exchange, fault.get().status(), fault.get().errorCode(), fault.get().message());
            return;
        }
        send(exchange, download.get(), faults.takeCutDownload(download.get().tenant()));
    }

    private static void send(HttpServerExchange exchange, StoredDownload download, boolean cut) throws IOException {
        exchange.setStatusCode(200);
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/zip");
        exchange.getResponseHeaders().put(Headers.CONTENT_LENGTH, download.size());
        exchange.getResponseHeaders().put(Headers.CONTENT_DISPOSITION, "attachment; filename=\"package.zip\"");
        long limit = cut ? download.size() / 2 : download.size();
        OutputStream out = exchange.getOutputStream();
        try (InputStream in = Files.newInputStream(download.file())) {
            byte[] buffer = new byte[64 * 1024];
            long remaining = limit;
            while (remaining > 0) {
                int read = in.read(buffer, 0, (int) Math.min(buffer.length, remaining));
                if (read < 0) {
                    break;
                }
                out.write(buffer, 0, read);
                remaining -= read;
            }
        }
        if (cut) {
            // The declared Content-Length promised more: closing now is what a dropped connection looks like.
            out.flush();
            LOG.info("Cut download of job {} after {} of {} bytes", download.jobId(), limit, download.size());
            exchange.getConnection().close();
            return;
        }
        out.close();
    }

    private void error(HttpServerExchange exchange, int status, String code, String message) {
        Responses.error(exchange, status, code, message, Map.of(), Map.of(), clock.instant());
    }
}
