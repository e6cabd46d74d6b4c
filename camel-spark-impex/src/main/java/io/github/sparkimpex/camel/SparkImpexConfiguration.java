package io.github.sparkimpex.camel;

import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;
import org.apache.camel.support.jsse.SSLContextParameters;

/**
 * Options of the spark-impex component and its endpoints. The component holds one instance for the whole application
 * (tenant, credentials, timeouts); each endpoint starts from a copy of it and applies its own URI options.
 */
@UriParams
public class SparkImpexConfiguration implements Cloneable {

    @UriParam(label = "common")
    private String baseUrl;

    @UriParam(label = "common")
    private String env;

    @UriParam(label = "common")
    private String tenant;

    @UriParam(label = "security", secret = true)
    private String apiKey;

    @UriParam(label = "security", secret = true)
    private String token;

    @UriParam(label = "security")
    private String clientId;

    @UriParam(label = "security", secret = true)
    private String clientSecret;

    @UriParam(label = "security")
    private String tokenUrl;

    @UriParam(label = "security")
    private SSLContextParameters sslContextParameters;

    @UriParam(label = "common", defaultValue = "camel-spark-impex")
    private String sourceSystem = "camel-spark-impex";

    @UriParam(label = "common")
    private String correlationId;

    @UriParam(label = "advanced", defaultValue = "1s", javaType = "java.time.Duration")
    private long pollInterval = 1000L;

    @UriParam(label = "advanced", defaultValue = "30s", javaType = "java.time.Duration")
    private long maxPollInterval = 30000L;

    @UriParam(label = "common", defaultValue = "30m", javaType = "java.time.Duration")
    private long jobTimeout = 1800000L;

    @UriParam(label = "advanced", defaultValue = "3")
    private int maxRetries = 3;

    @UriParam(label = "advanced", defaultValue = "10s", javaType = "java.time.Duration")
    private long connectTimeout = 10000L;

    @UriParam(label = "advanced", defaultValue = "60s", javaType = "java.time.Duration")
    private long requestTimeout = 60000L;

    @UriParam(label = "advanced", defaultValue = "209715200")
    private long maxPackageSize = 209715200L;

    @UriParam(label = "producer")
    private String downloadDirectory;

    @UriParam(label = "producer")
    private Boolean waitForCompletion;

    @UriParam(label = "producer")
    private String folders;

    @UriParam(label = "producer")
    private String services;

    @UriParam(label = "producer")
    private String versionIds;

    @UriParam(label = "producer", defaultValue = "migrate", enums = "migrate,onpremises")
    private String fileFilter = "migrate";

    @UriParam(label = "producer", defaultValue = "latest", enums = "latest,all")
    private String versionFilter = "latest";

    @UriParam(label = "producer")
    private String destination;

    @UriParam(label = "producer", defaultValue = "add_version", enums = "abort,replace,add_version")
    private String ifPresent = "add_version";

    @UriParam(label = "producer", defaultValue = "minor", enums = "major,minor,patch,copy")
    private String upgrade = "minor";

    @UriParam(label = "producer")
    private String targetBaseUrl;

    @UriParam(label = "producer")
    private String targetEnv;

    @UriParam(label = "producer")
    private String targetTenant;

    @UriParam(label = "security", secret = true)
    private String targetApiKey;

    @UriParam(label = "security", secret = true)
    private String targetToken;

    @UriParam(label = "security")
    private String targetClientId;

    @UriParam(label = "security", secret = true)
    private String targetClientSecret;

    @UriParam(label = "security")
    private String targetTokenUrl;

    public String getBaseUrl() {
        return baseUrl;
    }

    /**
     * The tenant's Spark URL, whose first path segment is the tenant: https://excel.{env}.coherent.global/{tenant},
     * or any URL such as http://localhost:8080/acme for an emulator or proxy. Alternatively set env and tenant.
     */
    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String getEnv() {
        return env;
    }

    /**
     * The Spark environment (e.g. uat.us), used with tenant to build https://excel.{env}.coherent.global/{tenant}
     * when baseUrl is not set.
     */
    public void setEnv(String env) {
        this.env = env;
    }

    public String getTenant() {
        return tenant;
    }

    /**
     * The tenant name, used with env when baseUrl is not set.
     */
    public void setTenant(String tenant) {
        this.tenant = tenant;
    }

    public String getApiKey() {
        return apiKey;
    }

    /**
     * API key, sent as x-synthetic-key with x-tenant-name. Its API key group needs the Spark.Exports.json /
     * Spark.Imports.json (or Spark.AllEncompassingProxy.json) feature permission. Set exactly one of apiKey, token or
     * clientId with clientSecret.
     */
    public void setApiKey(String apiKey) {
        this.apiKey = apiKey;
    }

    public String getToken() {
        return token;
    }

    /**
     * A bearer token (a leading 'Bearer ' is ignored). Set exactly one of apiKey, token or clientId with clientSecret.
     */
    public void setToken(String token) {
        this.token = token;
    }

    public String getClientId() {
        return clientId;
    }

    /**
     * OAuth2 client id for the client-credentials grant; needs clientSecret. Tokens are fetched before the first
     * call, cached until shortly before they expire, and renewed once on a 401.
     */
    public void setClientId(String clientId) {
        this.clientId = clientId;
    }

    public String getClientSecret() {
        return clientSecret;
    }

    /**
     * OAuth2 client secret for the client-credentials grant.
     */
    public void setClientSecret(String clientSecret) {
        this.clientSecret = clientSecret;
    }

    public String getTokenUrl() {
        return tokenUrl;
    }

    /**
     * OAuth2 token endpoint. By default derived as the Spark SDKs do:
     * https://keycloak.{env}.coherent.global/auth/realms/{tenant}/protocol/openid-connect/token, or the same origin
     * as baseUrl for non-Spark hosts.
     */
    public void setTokenUrl(String tokenUrl) {
        this.tokenUrl = tokenUrl;
    }

    public SSLContextParameters getSslContextParameters() {
        return sslContextParameters;
    }

    /**
     * TLS settings (trust store, key store, protocols) for the connections to Spark and to the file host.
     */
    public void setSslContextParameters(SSLContextParameters sslContextParameters) {
        this.sslContextParameters = sslContextParameters;
    }

    public String getSourceSystem() {
        return sourceSystem;
    }

    /**
     * The source_system tag Spark records on each job.
     */
    public void setSourceSystem(String sourceSystem) {
        this.sourceSystem = sourceSystem;
    }

    public String getCorrelationId() {
        return correlationId;
    }

    /**
     * The correlation_id tag Spark records on each job.
     */
    public void setCorrelationId(String correlationId) {
        this.correlationId = correlationId;
    }

    public long getPollInterval() {
        return pollInterval;
    }

    /**
     * First wait between two status polls of a job; the wait grows by half after each poll up to maxPollInterval. No
     * thread is held while waiting.
     */
    public void setPollInterval(long pollInterval) {
        this.pollInterval = pollInterval;
    }

    public long getMaxPollInterval() {
        return maxPollInterval;
    }

    /**
     * Longest wait between two status polls, and the cap of retry backoff.
     */
    public void setMaxPollInterval(long maxPollInterval) {
        this.maxPollInterval = maxPollInterval;
    }

    public long getJobTimeout() {
        return jobTimeout;
    }

    /**
     * How long to wait for a job to end (and for a busy tenant to accept a new job) before failing with a timeout
     * that names the job and its last status. A failed job is reported at once, never as a timeout.
     */
    public void setJobTimeout(long jobTimeout) {
        this.jobTimeout = jobTimeout;
    }

    public int getMaxRetries() {
        return maxRetries;
    }

    /**
     * Retries of transient HTTP failures (connection errors, 408, 429, 502, 503, 504) with exponential backoff and
     * jitter, honouring Retry-After. A request that starts a job is retried only when it certainly started nothing.
     */
    public void setMaxRetries(int maxRetries) {
        this.maxRetries = maxRetries;
    }

    public long getConnectTimeout() {
        return connectTimeout;
    }

    /**
     * Timeout to establish a connection to Spark or the file host.
     */
    public void setConnectTimeout(long connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public long getRequestTimeout() {
        return requestTimeout;
    }

    /**
     * Timeout waiting for data on an open connection (not the whole transfer, so large packages are fine).
     */
    public void setRequestTimeout(long requestTimeout) {
        this.requestTimeout = requestTimeout;
    }

    public long getMaxPackageSize() {
        return maxPackageSize;
    }

    /**
     * Largest package, in bytes, that import uploads (Spark's default limit is 200 MB); a bigger one is refused
     * before upload.
     */
    public void setMaxPackageSize(long maxPackageSize) {
        this.maxPackageSize = maxPackageSize;
    }

    public String getDownloadDirectory() {
        return downloadDirectory;
    }

    /**
     * Directory for downloaded export packages; a temporary directory when not set. Each package file is deleted when
     * the exchange completes, so hand it on (file:, aws2-s3:, import) within the route.
     */
    public void setDownloadDirectory(String downloadDirectory) {
        this.downloadDirectory = downloadDirectory;
    }

    public Boolean getWaitForCompletion() {
        return waitForCompletion;
    }

    /**
     * Whether to wait for the job to end. Defaults to true for export, import and migrate (the result is the finished
     * job) and to false for status. When false, export and import return at once with the job id, to be followed with
     * status or the consumer.
     */
    public void setWaitForCompletion(Boolean waitForCompletion) {
        this.waitForCompletion = waitForCompletion;
    }

    public String getFolders() {
        return folders;
    }

    /**
     * Export: folders to export (comma separated). Header CamelSparkImpexFolders overrides it.
     */
    public void setFolders(String folders) {
        this.folders = folders;
    }

    public String getServices() {
        return services;
    }

    /**
     * Export: services to export (comma separated), each {folder}/{service}, optionally followed by a version prefix in
     * square brackets (a starts-with match on the semantic version, the latest match wins, e.g. 1.2 selects the newest
     * 1.2.x), service/{serviceId}, version/{versionId} or a bare service UUID. Header CamelSparkImpexServices overrides
     * it.
     */
    public void setServices(String services) {
        this.services = services;
    }

    public String getVersionIds() {
        return versionIds;
    }

    /**
     * Export: version UUIDs to export (comma separated). Header CamelSparkImpexVersionIds overrides it.
     */
    public void setVersionIds(String versionIds) {
        this.versionIds = versionIds;
    }

    public String getFileFilter() {
        return fileFilter;
    }

    /**
     * Export: migrate packages every file a re-import needs; onpremises only what the Hybrid Runner needs (cannot be
     * imported back).
     */
    public void setFileFilter(String fileFilter) {
        this.fileFilter = fileFilter;
    }

    public String getVersionFilter() {
        return versionFilter;
    }

    /**
     * Export: only the latest version of each selected service, or all versions.
     */
    public void setVersionFilter(String versionFilter) {
        this.versionFilter = versionFilter;
    }

    public String getDestination() {
        return destination;
    }

    /**
     * Import and migrate: comma-separated entries, each {folder}/{service} (kept where it is) or source:target
     * ({folder}/{service}:{folder}/{service}). Without any destination every service keeps its source folder and
     * name. Header CamelSparkImpexDestination overrides it.
     */
    public void setDestination(String destination) {
        this.destination = destination;
    }

    public String getIfPresent() {
        return ifPresent;
    }

    /**
     * Import and migrate: what to do when a destination service exists: abort the whole import, replace the service
     * and its versions, or add the package's versions as new versions.
     */
    public void setIfPresent(String ifPresent) {
        this.ifPresent = ifPresent;
    }

    public String getUpgrade() {
        return upgrade;
    }

    /**
     * Import and migrate: how added versions are numbered when ifPresent=add_version; copy keeps the source semantic
     * versions.
     */
    public void setUpgrade(String upgrade) {
        this.upgrade = upgrade;
    }

    public String getTargetBaseUrl() {
        return targetBaseUrl;
    }

    /**
     * Migrate: the target tenant's Spark URL (first path segment = tenant); or set targetEnv and targetTenant.
     */
    public void setTargetBaseUrl(String targetBaseUrl) {
        this.targetBaseUrl = targetBaseUrl;
    }

    public String getTargetEnv() {
        return targetEnv;
    }

    /**
     * Migrate: the target Spark environment, with targetTenant.
     */
    public void setTargetEnv(String targetEnv) {
        this.targetEnv = targetEnv;
    }

    public String getTargetTenant() {
        return targetTenant;
    }

    /**
     * Migrate: the target tenant, with targetEnv.
     */
    public void setTargetTenant(String targetTenant) {
        this.targetTenant = targetTenant;
    }

    public String getTargetApiKey() {
        return targetApiKey;
    }

    /**
     * Migrate: API key for the target tenant.
     */
    public void setTargetApiKey(String targetApiKey) {
        this.targetApiKey = targetApiKey;
    }

    public String getTargetToken() {
        return targetToken;
    }

    /**
     * Migrate: bearer token for the target tenant.
     */
    public void setTargetToken(String targetToken) {
        this.targetToken = targetToken;
    }

    public String getTargetClientId() {
        return targetClientId;
    }

    /**
     * Migrate: OAuth2 client id for the target tenant.
     */
    public void setTargetClientId(String targetClientId) {
        this.targetClientId = targetClientId;
    }

    public String getTargetClientSecret() {
        return targetClientSecret;
    }

    /**
     * Migrate: OAuth2 client secret for the target tenant.
     */
    public void setTargetClientSecret(String targetClientSecret) {
        this.targetClientSecret = targetClientSecret;
    }

    public String getTargetTokenUrl() {
        return targetTokenUrl;
    }

    /**
     * Migrate: OAuth2 token endpoint of the target tenant; derived from the target URL when not set.
     */
    public void setTargetTokenUrl(String targetTokenUrl) {
        this.targetTokenUrl = targetTokenUrl;
    }

    public SparkImpexConfiguration copy() {
        try {
            return (SparkImpexConfiguration) super.clone();
        } catch (CloneNotSupportedException e) {
            throw new RuntimeCamelException(e);
        }
    }
}
