package io.github.sparkimpex.emulator;

import io.github.sparkimpex.emulator.admin.EmulatorAdmin;
import io.github.sparkimpex.emulator.auth.TenantCredentials;
import io.github.sparkimpex.emulator.core.EmulatorCore;
import io.github.sparkimpex.emulator.core.EmulatorSettings;
import io.github.sparkimpex.emulator.http.EmulatorServers;
import io.github.sparkimpex.emulator.jobs.JobStatus;
import io.github.sparkimpex.emulator.seed.EmulatorSeed;
import io.github.sparkimpex.emulator.seed.SeedReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * An embeddable, stateful emulator of the Coherent Spark ImpEx API: tenants, folders, services and versions in
 * memory; export and import jobs that move through their states; real ZIP packages on a separate file host; the
 * OAuth2 token endpoint; and fault switches. Start one per test class (or use
 * {@link SparkImpexEmulatorExtension}) and close it afterwards:
 * <pre>{@code
 * try (SparkImpexEmulator emu = SparkImpexEmulator.builder().seedResource("seeds/dev-prod.yaml").start()) {
 *     String base = emu.baseUrl("dev");     // http://127.0.0.1:PORT/dev
 * }
 * }</pre>
 */
public final class SparkImpexEmulator implements AutoCloseable {

    /** The sample seed shipped in this jar: tenants {@code dev} and {@code prod}. */
    public static final String SAMPLE_SEED = "seeds/dev-prod.yaml";

    private static final Logger LOG = LoggerFactory.getLogger(SparkImpexEmulator.class);

    private final EmulatorCore core;
    private final EmulatorServers servers;
    private final EmulatorAdmin admin;

    private SparkImpexEmulator(EmulatorCore core, EmulatorServers servers) {
        this.core = core;
        this.servers = servers;
        this.admin = new EmulatorAdmin(core);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** {@code http://127.0.0.1:PORT}: the API host, also serving the token endpoint and {@code /_admin}. */
    public String apiBaseUrl() {
        return servers.urls().apiBaseUrl();
    }

    /** {@code http://127.0.0.1:PORT/{tenant}}: a tenant's base URL (the tenant is the first path segment). */
    public String baseUrl(String tenant) {
        return apiBaseUrl() + "/" + tenant;
    }

    /** {@code http://127.0.0.1:FILEPORT}: the host serving export packages. */
    public String fileBaseUrl() {
        return servers.urls().fileBaseUrl();
    }

    /** The tenant's OAuth2 token endpoint, on the API host like the SDKs derive it for non-Spark hosts. */
    public String tokenUrl(String tenant) {
        return apiBaseUrl() + "/auth/realms/" + tenant + "/protocol/openid-connect/token";
    }

    public int port() {
        return portOf(apiBaseUrl());
    }

    public int filePort() {
        return portOf(fileBaseUrl());
    }

    /** The tenant's first API key. */
    public String apiKey(String tenant) {
        return credentials(tenant).apiKeys().get(0).key();
    }

    /** The tenant's first OAuth2 client id. */
    public String clientId(String tenant) {
        return credentials(tenant).clients().get(0).clientId();
    }

    /** The secret of the tenant's first OAuth2 client. */
    public String clientSecret(String tenant) {
        return credentials(tenant).clients().get(0).clientSecret();
    }

    /** A fresh access token of the tenant's first OAuth2 client, without an HTTP round trip. */
    public String issueToken(String tenant) {
        return admin.issueToken(tenant);
    }

    /** Set-up, inspection and fault switches. */
    public EmulatorAdmin admin() {
        return admin;
    }

    /** The settings this emulator runs with. */
    public EmulatorSettings settings() {
        return core.settings();
    }

    /** Stops both servers and deletes the emulator's files. */
    @Override
    public void close() {
        try {
            servers.close();
        } finally {
            core.close();
        }
        LOG.debug("Spark ImpEx emulator at {} stopped", apiBaseUrl());
    }

    private TenantCredentials credentials(String tenant) {
        return core.tenants().require(tenant).credentials();
    }

    private static int portOf(String url) {
        return Integer.parseInt(url.substring(url.lastIndexOf(':') + 1));
    }

    /** Configures and starts an emulator. A builder can start any number of emulators. */
    public static final class Builder {
        private EmulatorSeed seed = EmulatorSeed.empty();
        private String host = "127.0.0.1";
        private int port;
        private int filePort;
        private int pollsUntilDone = 1;
        private Duration jobDuration;
        private Duration tokenLifetime = Duration.ofMinutes(5);
        private long maxPackageSize = EmulatorSettings.DEFAULT_MAX_PACKAGE_SIZE;
        private int jobLimit = 1;
        private int jobLimitStatus = 409;
        private JobStatus initialStatus = JobStatus.IN_PROGRESS;
        private JobStatus successStatus = JobStatus.COMPLETED;
        private String fileHashAlgorithm = "SHA-256";
        private Duration recentJobsWindow = Duration.ofHours(1);
        private int defaultPayloadSize = 1024;
        private boolean ownJobsOnly = true;
        private Path workDirectory;
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /** Seeds from a {@code .json} or {@code .yaml}/{@code .yml} file. */
        public Builder seed(Path file) {
            this.seed = SeedReader.read(file);
            return this;
        }

        public Builder seed(EmulatorSeed seed) {
            this.seed = Objects.requireNonNull(seed, "seed");
            return this;
        }

        /** Seeds from a class-path resource, e.g. {@link #SAMPLE_SEED}. */
        public Builder seedResource(String resource) {
            this.seed = SeedReader.readResource(resource);
            return this;
        }

        /** Interface to bind; {@code 127.0.0.1} by default. */
        public Builder host(String host) {
            this.host = Objects.requireNonNull(host, "host");
            return this;
        }

        /** API port; 0 (the default) picks a free one. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** File-host port; 0 (the default) picks a free one. */
        public Builder filePort(int filePort) {
            this.filePort = filePort;
            return this;
        }

        /** Status polls a job answers {@code in_progress} before it finishes on the next poll (default 1). */
        public Builder pollsUntilDone(int polls) {
            this.pollsUntilDone = polls;
            return this;
        }

        /** Jobs finish this long after creation instead of counting polls. */
        public Builder jobDuration(Duration duration) {
            this.jobDuration = duration;
            return this;
        }

        /** Lifetime of issued access tokens (default 5 minutes). */
        public Builder tokenLifetime(Duration lifetime) {
            this.tokenLifetime = Objects.requireNonNull(lifetime, "lifetime");
            return this;
        }

        /** Largest package in bytes for imports and exports (default 200 MB). */
        public Builder maxPackageSize(long bytes) {
            this.maxPackageSize = bytes;
            return this;
        }

        /** Jobs of one type a tenant may run at once (default 1). */
        public Builder jobLimit(int jobs) {
            this.jobLimit = jobs;
            return this;
        }

        /** HTTP status for a job over the limit (default 409; Spark does not document it). */
        public Builder jobLimitStatus(int status) {
            this.jobLimitStatus = status;
            return this;
        }

        /** Status of a new job in the POST response: {@code in_progress} (default) or {@code created}. */
        public Builder initialStatus(String status) {
            this.initialStatus = JobStatus.fromWireName(status);
            return this;
        }

        /** Terminal success status: {@code completed} (default) or {@code closed}. */
        public Builder successStatus(String status) {
            this.successStatus = JobStatus.fromWireName(status);
            return this;
        }

        /** {@link java.security.MessageDigest} algorithm of {@code file_hash} (default SHA-256, hex). */
        public Builder fileHashAlgorithm(String algorithm) {
            this.fileHashAlgorithm = Objects.requireNonNull(algorithm, "algorithm");
            return this;
        }

        /** How long ended jobs are listed as recent (default 1 hour). */
        public Builder recentJobsWindow(Duration window) {
            this.recentJobsWindow = Objects.requireNonNull(window, "window");
            return this;
        }

        /** Payload bytes of versions that name no size (default 1024). */
        public Builder defaultPayloadSize(int bytes) {
            this.defaultPayloadSize = bytes;
            return this;
        }

        /** Whether tenant-wide status lists show only the caller's jobs (default true, as Spark does). */
        public Builder ownJobsOnly(boolean ownJobsOnly) {
            this.ownJobsOnly = ownJobsOnly;
            return this;
        }

        /** Directory for packages and uploads; by default a fresh temporary directory deleted on close. */
        public Builder workDirectory(Path directory) {
            this.workDirectory = directory;
            return this;
        }

        /** Time source for timestamps, token expiry and the recent-jobs window. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        public EmulatorSettings settings() {
            return new EmulatorSettings(host, port, filePort, pollsUntilDone, jobDuration, tokenLifetime,
                    maxPackageSize, jobLimit, jobLimitStatus, initialStatus, successStatus, fileHashAlgorithm,
                    recentJobsWindow, defaultPayloadSize, ownJobsOnly, workDirectory, clock);
        }

        /** Starts the servers; returns once both listen. */
        public SparkImpexEmulator start() {
            EmulatorCore core = new EmulatorCore(settings(), seed);
            try {
                EmulatorServers servers = EmulatorServers.start(core);
                SparkImpexEmulator emulator = new SparkImpexEmulator(core, servers);
                LOG.info("Spark ImpEx emulator listening: API {}, files {}", emulator.apiBaseUrl(),
                        emulator.fileBaseUrl());
                return emulator;
            } catch (RuntimeException e) {
                core.close();
                throw e;
            }
        }
    }
}
