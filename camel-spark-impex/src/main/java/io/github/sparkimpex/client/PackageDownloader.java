package io.github.sparkimpex.client;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.io.entity.EntityUtils;

/**
 * Streams an export package from its file URL to disk.
 *
 * <p>File URLs carry their own access token and may point at object storage, so the first request goes without any
 * credential; Spark credentials are offered once, only when that is refused and the host belongs to the tenant's
 * Spark environment. Redirects are followed here (HttpClient's are off) so that credentials are dropped whenever the
 * host changes.
 */
final class PackageDownloader {

    private static final int MAX_REDIRECTS = 5;

    private final TenantAddress address;
    private final HttpTransport transport;
    private final SparkApi api;

    PackageDownloader(TenantAddress address, HttpTransport transport, SparkApi api) {
        this.address = address;
        this.transport = transport;
        this.api = api;
    }

    /** One download attempt; a failed attempt leaves no file behind. */
    DownloadedPackage download(String fileUrl, String fileHash, Path target, String requestId) throws IOException {
        URI url = URI.create(fileUrl);
        boolean withCredentials = false;
        boolean credentialsOffered = false;
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            HttpGet get = new HttpGet(url);
            if (withCredentials) {
                api.authenticate(get, requestId);
            }
            Outcome outcome = transport.execute(get, response -> handle(response, target, requestId));
            if (outcome.location != null) {
                URI next = url.resolve(outcome.location);
                withCredentials = withCredentials && sameHost(url, next);
                url = next;
                continue;
            }
            if (outcome.refused) {
                if (credentialsOffered || !address.mayReceiveCredentials(url)) {
                    throw outcome.failure;
                }
                withCredentials = true;
                credentialsOffered = true;
                continue;
            }
            verifyZip(target, fileUrl);
            return new DownloadedPackage(target, outcome.length, fileUrl, fileHash);
        }
        throw new SparkImpexException("Download of " + redact(fileUrl) + " was redirected more than " + MAX_REDIRECTS
                                      + " times", SparkImpexException.Details.none().withRequestId(requestId));
    }

    private Outcome handle(ClassicHttpResponse response, Path target, String requestId) throws IOException {
        int status = response.getCode();
        if (status >= 300 && status < 400 && response.getFirstHeader("Location") != null) {
            EntityUtils.consume(response.getEntity());
            return Outcome.redirect(response.getFirstHeader("Location").getValue());
        }
        if (status == 401 || status == 403) {
            return Outcome.refused(ErrorResponses.toException("Download of an export package", response, requestId));
        }
        if (status >= 300) {
            throw ErrorResponses.toException("Download of an export package", response, requestId);
        }
        long announced = response.getEntity() == null ? -1 : response.getEntity().getContentLength();
        long written;
        try (InputStream in = response.getEntity().getContent()) {
            written = Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException cut) {
            Files.deleteIfExists(target);
            throw cut;
        }
        if (announced >= 0 && written != announced) {
            Files.deleteIfExists(target);
            throw new IOException("Download ended after " + written + " of " + announced + " bytes");
        }
        return Outcome.done(written);
    }

    private static void verifyZip(Path file, String fileUrl) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Objects.requireNonNull(zip.entries());
        } catch (ZipException e) {
            Files.deleteIfExists(file);
            throw new SparkImpexException("The export package downloaded from " + redact(fileUrl)
                                          + " is not a readable ZIP: " + e.getMessage(),
                    SparkImpexException.Details.none());
        }
    }

    private static boolean sameHost(URI a, URI b) {
        return Objects.equals(a.getScheme(), b.getScheme()) && Objects.equals(a.getHost(), b.getHost())
                && a.getPort() == b.getPort();
    }

    /** File URLs carry an access token in their path or query; messages show only where they point. */
    static String redact(String fileUrl) {
        URI uri = URI.create(fileUrl);
        return uri.getScheme() + "://" + uri.getRawAuthority() + "/...";
    }

    private record Outcome(String location, boolean refused, SparkImpexException failure, long length) {
        static Outcome redirect(String location) {
            return new Outcome(location, false, null, -1);
        }

        static Outcome refused(SparkImpexException failure) {
            return new Outcome(null, true, failure, -1);
        }

        static Outcome done(long length) {
            return new Outcome(null, false, null, length);
        }
    }
}
