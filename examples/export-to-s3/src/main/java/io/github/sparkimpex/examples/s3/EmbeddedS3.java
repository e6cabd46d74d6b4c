package io.github.sparkimpex.examples.s3;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;

import org.gaul.s3proxy.BlobStores;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;

/**
 * An S3-compatible server inside this JVM: S3Proxy on a free port of 127.0.0.1, checking AWS signatures against one
 * access key. Objects live in memory ({@link #inMemory}) or under a directory, one file per object
 * ({@link #onDisk}), where a person can look at them.
 */
public final class EmbeddedS3 implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofSeconds(30);

    private final S3Proxy server;
    private final String accessKey;
    private final String secretKey;

    private EmbeddedS3(S3Proxy server, String accessKey, String secretKey) {
        this.server = server;
        this.accessKey = accessKey;
        this.secretKey = secretKey;
    }

    public static EmbeddedS3 inMemory(String accessKey, String secretKey) throws Exception {
        return start("transient", new Properties(), accessKey, secretKey);
    }

    public static EmbeddedS3 onDisk(Path directory, String accessKey, String secretKey) throws Exception {
        Properties properties = new Properties();
        // The property keeps its jclouds name although S3Proxy 4 has its own file-system store.
        properties.setProperty("jclouds.filesystem.basedir", directory.toAbsolutePath().toString());
        Files.createDirectories(directory);
        return start("filesystem", properties, accessKey, secretKey);
    }

    private static EmbeddedS3 start(String provider, Properties properties, String accessKey, String secretKey)
            throws Exception {
        S3Proxy server = S3Proxy.builder()
                .blobStore(BlobStores.create(provider, properties))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, accessKey, secretKey)
                .endpoint(URI.create("http://127.0.0.1:0"))
                .build();
        server.start();
        // start() returns while Jetty may still be binding; the port is known once it reports STARTED.
        Instant deadline = Instant.now().plus(STARTUP);
        while (!"STARTED".equals(server.getState())) {
            if (Instant.now().isAfter(deadline)) {
                server.stop();
                throw new IllegalStateException("S3Proxy did not start within " + STARTUP + ": " + server.getState());
            }
            Thread.sleep(10);
        }
        return new EmbeddedS3(server, accessKey, secretKey);
    }

    /** {@code http://127.0.0.1:PORT}, for {@code uriEndpointOverride} and S3 clients (path-style addressing). */
    public String endpoint() {
        return "http://127.0.0.1:" + server.getPort();
    }

    public String accessKey() {
        return accessKey;
    }

    public String secretKey() {
        return secretKey;
    }

    /** A client of this server, for reading back what a route stored; close it after use. */
    public S3Client client() {
        return S3Client.builder()
                .endpointOverride(URI.create(endpoint()))
                .forcePathStyle(true)
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secretKey)))
                .build();
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }
}
