package io.github.sparkimpex.camel.springboot;

import java.time.Duration;

import io.github.sparkimpex.camel.SparkImpexConfiguration;
import org.apache.camel.spring.boot.ComponentConfigurationPropertiesCommon;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Export, import and migrate Coherent Spark services between tenants, and follow the ImpEx jobs that do it: the
 * {@code camel.component.spark-impex.*} properties, one per option of the spark-impex component.
 * <p>
 * Every option is {@code null} until the application sets it, and only the options that are set are copied onto the
 * component. The component therefore keeps its own defaults (they are listed for IDEs in
 * {@code META-INF/additional-spring-configuration-metadata.json}), and a component the application configures in code
 * keeps every option the properties do not mention.
 * <p>
 * Durations take Spring Boot's forms: {@code 5s}, {@code 500ms}, {@code 30m}, {@code PT1M}; a bare number is
 * milliseconds, as it is in a Camel URI.
 */
@ConfigurationProperties(prefix = "camel.component.spark-impex")
public class SparkImpexComponentConfiguration extends ComponentConfigurationPropertiesCommon {

    /**
     * Whether to enable auto configuration of the spark-impex component. This is enabled by default.
     */
    // Never read: the flag lives in the super class, whose javadoc the configuration processor cannot see. This field
    // only gives camel.component.spark-impex.enabled its description, as Camel's generated starters do.
    @SuppressWarnings("unused")
    private Boolean enabled;

    // ---- where Spark is and who we are

    /**
     * The tenant's Spark URL, whose first path segment is the tenant: https://excel.{env}.coherent.global/{tenant}, or
     * any URL such as http://localhost:8080/acme for an emulator or proxy. Alternatively set env and tenant.
     */
    private String baseUrl;

    /**
     * The Spark environment (e.g. uat.us), used with tenant to build https://excel.{env}.coherent.global/{tenant} when
     * baseUrl is not set.
     */
    private String env;

    /**
     * The tenant name, used with env when baseUrl is not set.
     */
    private String tenant;

    /**
     * API key, sent as x-synthetic-key with x-tenant-name. Its API key group needs the Spark.Exports.json /
     * Spark.Imports.json (or Spark.AllEncompassingProxy.json) feature permission. Set exactly one of apiKey, token or
     * clientId + clientSecret.
     */
    private String apiKey;

    /**
     * A bearer token (a leading 'Bearer ' is ignored). Set exactly one of apiKey, token or clientId + clientSecret.
     */
    private String token;

    /**
     * OAuth2 client id for the client-credentials grant; needs clientSecret. Tokens are fetched before the first call,
     * cached until shortly before they expire, and renewed once on a 401.
     */
    private String clientId;

    /**
     * OAuth2 client secret for the client-credentials grant.
     */
    private String clientSecret;

    /**
     * OAuth2 token endpoint. By default derived as the Spark SDKs do:
     * https://keycloak.{env}.coherent.global/auth/realms/{tenant}/protocol/openid-connect/token, or the same origin as
     * baseUrl for non-Spark hosts.
     */
    private String tokenUrl;

    /**
     * TLS settings (trust store, key store, protocols) for the connections to Spark and to the file host. The option is
     * a org.apache.camel.support.jsse.SSLContextParameters type: name a bean, e.g. #sparkTls.
     */
    private SSLContextParameters sslContextParameters;

    /**
     * The source_system tag Spark records on each job.
     */
    private String sourceSystem;

    /**
     * The correlation_id tag Spark records on each job.
     */
    private String correlationId;

    /**
     * Options shared by every endpoint of the application, as one object. The option is a
     * io.github.sparkimpex.camel.SparkImpexConfiguration type: name a bean, e.g. #sparkImpexConfiguration. It is
     * applied before the single options, which then refine it.
     */
    private SparkImpexConfiguration configuration;

    // ---- waiting, retries and limits

    /**
     * First wait between two status polls of a job; the wait grows by half after each poll up to maxPollInterval. No
     * thread is held while waiting.
     */
    private Duration pollInterval;

    /**
     * Longest wait between two status polls, and the cap of retry backoff.
     */
    private Duration maxPollInterval;

    /**
     * How long to wait for a job to end (and for a busy tenant to accept a new job) before failing with a timeout that
     * names the job and its last status. A failed job is reported at once, never as a timeout.
     */
    private Duration jobTimeout;

    /**
     * Retries of transient HTTP failures (connection errors, 408, 429, 502, 503, 504) with exponential backoff and
     * jitter, honouring Retry-After. A request that starts a job is retried only when it certainly started nothing.
     */
    private Integer maxRetries;

    /**
     * Timeout to establish a connection to Spark or the file host.
     */
    private Duration connectTimeout;

    /**
     * Timeout waiting for data on an open connection (not the whole transfer, so large packages are fine).
     */
    private Duration requestTimeout;

    /**
     * Largest package, in bytes, that import uploads (Spark's default limit is 200 MB); a bigger one is refused before
     * upload.
     */
    private Long maxPackageSize;

    /**
     * Threads, shared by all spark-impex endpoints of the application, that perform HTTP exchanges. Jobs waiting
     * between polls use none of them.
     */
    private Integer workerPoolSize;

    // ---- producer defaults (an endpoint URI overrides each of them)

    /**
     * Directory for downloaded export packages; a temporary directory when not set. Each package file is deleted when
     * the exchange completes, so hand it on (file:, aws2-s3:, import) within the route.
     */
    private String downloadDirectory;

    /**
     * Whether to wait for the job to end. Defaults to true for export, import and migrate (the result is the finished
     * job) and to false for status. When false, export and import return at once with the job id, to be followed with
     * status or the consumer.
     */
    private Boolean waitForCompletion;

    /**
     * Export: folders to export (comma separated). Header CamelSparkImpexFolders overrides it.
     */
    private String folders;

    /**
     * Export: services to export (comma separated), each {folder}/{service}, {folder}/{service}[{version}]
     * (starts-with match on the semantic version, latest match wins), service/{serviceId}, version/{versionId} or a
     * bare service UUID. Header CamelSparkImpexServices overrides it.
     */
    private String services;

    /**
     * Export: version UUIDs to export (comma separated). Header CamelSparkImpexVersionIds overrides it.
     */
    private String versionIds;

    /**
     * Export: migrate packages every file a re-import needs; onpremises only what the Hybrid Runner needs (cannot be
     * imported back).
     */
    private String fileFilter;

    /**
     * Export: only the latest version of each selected service, or all versions.
     */
    private String versionFilter;

    /**
     * Import and migrate: comma-separated entries, each {folder}/{service} (kept where it is) or source:target
     * ({folder}/{service}:{folder}/{service}). Without any destination every service keeps its source folder and name.
     * Header CamelSparkImpexDestination overrides it.
     */
    private String destination;

    /**
     * Import and migrate: what to do when a destination service exists: abort the whole import, replace the service
     * and its versions, or add the package's versions as new versions.
     */
    private String ifPresent;

    /**
     * Import and migrate: how added versions are numbered when ifPresent=add_version; copy keeps the source semantic
     * versions.
     */
    private String upgrade;

    // ---- migrate: the target tenant

    /**
     * Migrate: the target tenant's Spark URL (first path segment = tenant); or set targetEnv and targetTenant.
     */
    private String targetBaseUrl;

    /**
     * Migrate: the target Spark environment, with targetTenant.
     */
    private String targetEnv;

    /**
     * Migrate: the target tenant, with targetEnv.
     */
    private String targetTenant;

    /**
     * Migrate: API key for the target tenant.
     */
    private String targetApiKey;

    /**
     * Migrate: bearer token for the target tenant.
     */
    private String targetToken;

    /**
     * Migrate: OAuth2 client id for the target tenant.
     */
    private String targetClientId;

    /**
     * Migrate: OAuth2 client secret for the target tenant.
     */
    private String targetClientSecret;

    /**
     * Migrate: OAuth2 token endpoint of the target tenant; derived from the target URL when not set.
     */
    private String targetTokenUrl;

    // ---- Camel's own component options

    /**
     * Whether the producer should be started lazy (on the first message). By starting lazy you can use this to allow
     * CamelContext and routes to startup in situations where a producer may otherwise fail during starting and cause
     * the route to fail being started. By deferring this startup to be lazy then the startup failure can be handled
     * during routing messages via Camel's routing error handlers. Beware that when the first message is processed then
     * creating and starting the producer may take a little time and prolong the total processing time of the
     * processing.
     */
    private Boolean lazyStartProducer;

    /**
     * Allows for bridging the consumer to the Camel routing Error Handler, which mean any exceptions (if possible)
     * occurred while the Camel consumer is trying to pickup incoming messages, or the likes, will now be processed as a
     * message and handled by the routing Error Handler. By default the consumer will use the
     * org.apache.camel.spi.ExceptionHandler to deal with exceptions, that will be logged at WARN or ERROR level and
     * ignored.
     */
    private Boolean bridgeErrorHandler;

    /**
     * Whether autowiring is enabled. This is used for automatic autowiring options (the option must be marked as
     * autowired) by looking up in the registry to find if there is a single instance of matching type, which then gets
     * configured on the component.
     */
    private Boolean autowiredEnabled;

    /**
     * Used for enabling or disabling all consumer based health checks from this component.
     */
    private Boolean healthCheckConsumerEnabled;

    /**
     * Used for enabling or disabling all producer based health checks from this component. Notice: Camel has by
     * default disabled all producer based health-checks. You can turn on producer checks globally by setting
     * camel.health.producersEnabled=true.
     */
    private Boolean healthCheckProducerEnabled;

    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String getEnv() {
        return env;
    }

    public void setEnv(String env) {
        this.env = env;
    }

    public String getTenant() {
        return tenant;
    }

    public void setTenant(String tenant) {
        this.tenant = tenant;
    }

    public String getApiKey() {
        return apiKey;
    }

    public void setApiKey(String apiKey) {
        this.apiKey = apiKey;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getClientId() {
        return clientId;
    }

    public void setClientId(String clientId) {
        this.clientId = clientId;
    }

    public String getClientSecret() {
        return clientSecret;
    }

    public void setClientSecret(String clientSecret) {
        this.clientSecret = clientSecret;
    }

    public String getTokenUrl() {
        return tokenUrl;
    }

    public void setTokenUrl(String tokenUrl) {
        this.tokenUrl = tokenUrl;
    }

    public SSLContextParameters getSslContextParameters() {
        return sslContextParameters;
    }

    public void setSslContextParameters(SSLContextParameters sslContextParameters) {
        this.sslContextParameters = sslContextParameters;
    }

    public String getSourceSystem() {
        return sourceSystem;
    }

    public void setSourceSystem(String sourceSystem) {
        this.sourceSystem = sourceSystem;
    }

    public String getCorrelationId() {
        return correlationId;
    }

    public void setCorrelationId(String correlationId) {
        this.correlationId = correlationId;
    }

    public SparkImpexConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(SparkImpexConfiguration configuration) {
        this.configuration = configuration;
    }

    public Duration getPollInterval() {
        return pollInterval;
    }

    public void setPollInterval(Duration pollInterval) {
        this.pollInterval = pollInterval;
    }

    public Duration getMaxPollInterval() {
        return maxPollInterval;
    }

    public void setMaxPollInterval(Duration maxPollInterval) {
        this.maxPollInterval = maxPollInterval;
    }

    public Duration getJobTimeout() {
        return jobTimeout;
    }

    public void setJobTimeout(Duration jobTimeout) {
        this.jobTimeout = jobTimeout;
    }

    public Integer getMaxRetries() {
        return maxRetries;
    }

    public void setMaxRetries(Integer maxRetries) {
        this.maxRetries = maxRetries;
    }

    public Duration getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(Duration connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public Duration getRequestTimeout() {
        return requestTimeout;
    }

    public void setRequestTimeout(Duration requestTimeout) {
        this.requestTimeout = requestTimeout;
    }

    public Long getMaxPackageSize() {
        return maxPackageSize;
    }

    public void setMaxPackageSize(Long maxPackageSize) {
        this.maxPackageSize = maxPackageSize;
    }

    public Integer getWorkerPoolSize() {
        return workerPoolSize;
    }

    public void setWorkerPoolSize(Integer workerPoolSize) {
        this.workerPoolSize = workerPoolSize;
    }

    public String getDownloadDirectory() {
        return downloadDirectory;
    }

    public void setDownloadDirectory(String downloadDirectory) {
        this.downloadDirectory = downloadDirectory;
    }

    public Boolean getWaitForCompletion() {
        return waitForCompletion;
    }

    public void setWaitForCompletion(Boolean waitForCompletion) {
        this.waitForCompletion = waitForCompletion;
    }

    public String getFolders() {
        return folders;
    }

    public void setFolders(String folders) {
        this.folders = folders;
    }

    public String getServices() {
        return services;
    }

    public void setServices(String services) {
        this.services = services;
    }

    public String getVersionIds() {
        return versionIds;
    }

    public void setVersionIds(String versionIds) {
        this.versionIds = versionIds;
    }

    public String getFileFilter() {
        return fileFilter;
    }

    public void setFileFilter(String fileFilter) {
        this.fileFilter = fileFilter;
    }

    public String getVersionFilter() {
        return versionFilter;
    }

    public void setVersionFilter(String versionFilter) {
        this.versionFilter = versionFilter;
    }

    public String getDestination() {
        return destination;
    }

    public void setDestination(String destination) {
        this.destination = destination;
    }

    public String getIfPresent() {
        return ifPresent;
    }

    public void setIfPresent(String ifPresent) {
        this.ifPresent = ifPresent;
    }

    public String getUpgrade() {
        return upgrade;
    }

    public void setUpgrade(String upgrade) {
        this.upgrade = upgrade;
    }

    public String getTargetBaseUrl() {
        return targetBaseUrl;
    }

    public void setTargetBaseUrl(String targetBaseUrl) {
        this.targetBaseUrl = targetBaseUrl;
    }

    public String getTargetEnv() {
        return targetEnv;
    }

    public void setTargetEnv(String targetEnv) {
        this.targetEnv = targetEnv;
    }

    public String getTargetTenant() {
        return targetTenant;
    }

    public void setTargetTenant(String targetTenant) {
        this.targetTenant = targetTenant;
    }

    public String getTargetApiKey() {
        return targetApiKey;
    }

    public void setTargetApiKey(String targetApiKey) {
        this.targetApiKey = targetApiKey;
    }

    public String getTargetToken() {
        return targetToken;
    }

    public void setTargetToken(String targetToken) {
        this.targetToken = targetToken;
    }

    public String getTargetClientId() {
        return targetClientId;
    }

    public void setTargetClientId(String targetClientId) {
        this.targetClientId = targetClientId;
    }

    public String getTargetClientSecret() {
        return targetClientSecret;
    }

    public void setTargetClientSecret(String targetClientSecret) {
        this.targetClientSecret = targetClientSecret;
    }

    public String getTargetTokenUrl() {
        return targetTokenUrl;
    }

    public void setTargetTokenUrl(String targetTokenUrl) {
        this.targetTokenUrl = targetTokenUrl;
    }

    public Boolean getLazyStartProducer() {
        return lazyStartProducer;
    }

    public void setLazyStartProducer(Boolean lazyStartProducer) {
        this.lazyStartProducer = lazyStartProducer;
    }

    public Boolean getBridgeErrorHandler() {
        return bridgeErrorHandler;
    }

    public void setBridgeErrorHandler(Boolean bridgeErrorHandler) {
        this.bridgeErrorHandler = bridgeErrorHandler;
    }

    public Boolean getAutowiredEnabled() {
        return autowiredEnabled;
    }

    public void setAutowiredEnabled(Boolean autowiredEnabled) {
        this.autowiredEnabled = autowiredEnabled;
    }

    public Boolean getHealthCheckConsumerEnabled() {
        return healthCheckConsumerEnabled;
    }

    public void setHealthCheckConsumerEnabled(Boolean healthCheckConsumerEnabled) {
        this.healthCheckConsumerEnabled = healthCheckConsumerEnabled;
    }

    public Boolean getHealthCheckProducerEnabled() {
        return healthCheckProducerEnabled;
    }

    public void setHealthCheckProducerEnabled(Boolean healthCheckProducerEnabled) {
        this.healthCheckProducerEnabled = healthCheckProducerEnabled;
    }
}
