package io.github.sparkimpex.client;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

import javax.net.ssl.SSLContext;

/**
 * Everything a {@link SparkImpexClient} needs to know about one tenant: where it is, how to authenticate, and the
 * budgets for retries and job waits.
 */
public record ClientSettings(
        TenantAddress address,
        SparkCredentials credentials,
        String sourceSystem,
        Duration connectTimeout,
        Duration requestTimeout,
        int maxRetries,
        Duration pollInterval,
        Duration maxPollInterval,
        Duration jobTimeout,
        long maxPackageSize,
        SSLContext sslContext,
        Path downloadDirectory) {

    public static final String DEFAULT_SOURCE_SYSTEM = "camel-spark-impex";
    /** Spark's documented default package limit, 200 MB. */
    public static final long DEFAULT_MAX_PACKAGE_SIZE = 200L * 1024 * 1024;

    public ClientSettings {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(credentials, "credentials");
        if (maxRetries < 0) {
            throw new IllegalArgumentException("Invalid maxRetries " + maxRetries + ": must be 0 or more");
        }
        requirePositive(pollInterval, "pollInterval");
        requirePositive(maxPollInterval, "maxPollInterval");
        requirePositive(jobTimeout, "jobTimeout");
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(requestTimeout, "requestTimeout");
        if (maxPackageSize <= 0) {
            throw new IllegalArgumentException("Invalid maxPackageSize " + maxPackageSize + ": must be positive");
        }
    }

    public static Builder builder(TenantAddress address, SparkCredentials credentials) {
        return new Builder(address, credentials);
    }

    public Builder toBuilder() {
        return new Builder(address, credentials).sourceSystem(sourceSystem)
                .connectTimeout(connectTimeout).requestTimeout(requestTimeout).maxRetries(maxRetries)
                .pollInterval(pollInterval).maxPollInterval(maxPollInterval).jobTimeout(jobTimeout)
                .maxPackageSize(maxPackageSize).sslContext(sslContext).downloadDirectory(downloadDirectory);
    }

    private static void requirePositive(Duration value, String option) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("Invalid " + option + " " + value + ": must be a positive duration");
        }
    }

    /** Defaults as documented on the component's options. */
    public static final class Builder {
        private final TenantAddress address;
        private final SparkCredentials credentials;
        private String sourceSystem = DEFAULT_SOURCE_SYSTEM;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration requestTimeout = Duration.ofSeconds(60);
        private int maxRetries = 3;
        private Duration pollInterval = Duration.ofSeconds(1);
        private Duration maxPollInterval = Duration.ofSeconds(30);
        private Duration jobTimeout = Duration.ofMinutes(30);
        private long maxPackageSize = DEFAULT_MAX_PACKAGE_SIZE;
        private SSLContext sslContext;
        private Path downloadDirectory;

        private Builder(TenantAddress address, SparkCredentials credentials) {
            this.address = address;
            this.credentials = credentials;
        }

        public Builder sourceSystem(String value) {
            this.sourceSystem = value;
            return this;
        }

        public Builder connectTimeout(Duration value) {
            this.connectTimeout = value;
            return this;
        }

        public Builder requestTimeout(Duration value) {
            this.requestTimeout = value;
            return this;
        }

        public Builder maxRetries(int value) {
            this.maxRetries = value;
            return this;
        }

        public Builder pollInterval(Duration value) {
            this.pollInterval = value;
            return this;
        }

        public Builder maxPollInterval(Duration value) {
            this.maxPollInterval = value;
            return this;
        }

        public Builder jobTimeout(Duration value) {
            this.jobTimeout = value;
            return this;
        }

        public Builder maxPackageSize(long value) {
            this.maxPackageSize = value;
            return this;
        }

        public Builder sslContext(SSLContext value) {
            this.sslContext = value;
            return this;
        }

        public Builder downloadDirectory(Path value) {
            this.downloadDirectory = value;
            return this;
        }

        public ClientSettings build() {
            return new ClientSettings(address, credentials, sourceSystem, connectTimeout, requestTimeout, maxRetries,
                    pollInterval, maxPollInterval, jobTimeout, maxPackageSize, sslContext, downloadDirectory);
        }
    }
}
