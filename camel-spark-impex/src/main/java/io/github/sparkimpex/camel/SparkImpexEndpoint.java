package io.github.sparkimpex.camel;

import java.util.Map;

import io.github.sparkimpex.client.ClientSettings;
import io.github.sparkimpex.client.FollowedJobs;
import io.github.sparkimpex.client.SparkImpexClient;
import io.github.sparkimpex.client.SparkImpexJobs;
import io.github.sparkimpex.model.FileFilter;
import io.github.sparkimpex.model.IfPresent;
import io.github.sparkimpex.model.JobStatus;
import io.github.sparkimpex.model.JobType;
import io.github.sparkimpex.model.UpgradeType;
import io.github.sparkimpex.model.VersionFilter;
import io.github.sparkimpex.model.WireEnum;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.EndpointServiceLocation;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriPath;
import org.apache.camel.support.ScheduledPollEndpoint;
import org.apache.camel.util.IOHelper;

/**
 * Export, import and migrate Coherent Spark services between tenants, and follow the ImpEx jobs that do it.
 */
@UriEndpoint(firstVersion = "1.0.0", scheme = "spark-impex", title = "Spark ImpEx", syntax = "spark-impex:operation",
             category = { Category.CLOUD, Category.FILE }, headersClass = SparkImpexConstants.class)
public class SparkImpexEndpoint extends ScheduledPollEndpoint implements EndpointServiceLocation {

    @UriPath(enums = "export,import,migrate,status,cancel,jobs,download")
    @Metadata(required = true)
    private String operation;

    @UriParam
    private SparkImpexConfiguration configuration;

    // Spark jobs take seconds to minutes: polling twice a second, Camel's default, would only add load. Declared again
    // here so the generated metadata shows this default; the value the scheduler uses lives in the base class.
    /** Consumer: time between two polls of the tenant-wide job listings (milliseconds, or a duration such as 30s). */
    @UriParam(label = "consumer,scheduler", defaultValue = "10000", javaType = "java.time.Duration")
    private long delay = DEFAULT_CONSUMER_DELAY_MS;

    static final long DEFAULT_CONSUMER_DELAY_MS = 10_000;

    @UriParam(label = "consumer", defaultValue = "import,export")
    private String types = "import,export";

    @UriParam(label = "consumer")
    private String statuses;

    @UriParam(label = "consumer")
    private boolean downloadExports;

    @UriParam(label = "consumer")
    private boolean emitProgress;

    @UriParam(label = "consumer")
    private IdempotentRepository idempotentRepository;

    private ClientSettings sourceSettings;
    private ClientSettings targetSettings;
    private SparkImpexClient client;
    private SparkImpexJobs jobs;
    private SparkImpexJobs targetJobs;

    public SparkImpexEndpoint(String uri, SparkImpexComponent component, SparkImpexConfiguration configuration) {
        super(uri, component);
        this.configuration = configuration;
        setDelay(DEFAULT_CONSUMER_DELAY_MS);
    }

    @Override
    public long getDelay() {
        return super.getDelay();
    }

    @Override
    public void setDelay(long delay) {
        super.setDelay(delay);
        this.delay = delay;
    }

    @Override
    public SparkImpexComponent getComponent() {
        return (SparkImpexComponent) super.getComponent();
    }

    @Override
    public Producer createProducer() throws Exception {
        return new SparkImpexProducer(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        if (operationKind() != SparkImpexOperation.JOBS) {
            throw new IllegalArgumentException("spark-impex consumes job events only: use from(\"spark-impex:jobs\"), not "
                                               + operation);
        }
        SparkImpexConsumer consumer = new SparkImpexConsumer(this, processor);
        configureConsumer(consumer);
        return consumer;
    }

    /** Jobs started without waiting are followed by this JVM's consumers even if they end between two polls. */
    void followWithoutWaiting(JobType type, JobStatus started) {
        FollowedJobs.JVM_WIDE.follow(client.settings().address(), type, started.id());
    }

    /** Bad options fail the route at start-up, before any request, naming the option and its accepted values. */
    @Override
    protected void doInit() throws Exception {
        super.doInit();
        SparkImpexOperation kind = operationKind();
        WireEnum.parse(FileFilter.class, "option fileFilter", configuration.getFileFilter());
        WireEnum.parse(VersionFilter.class, "option versionFilter", configuration.getVersionFilter());
        WireEnum.parse(IfPresent.class, "option ifPresent", configuration.getIfPresent());
        WireEnum.parse(UpgradeType.class, "option upgrade", configuration.getUpgrade());
        ConsumerSelection.of(types, statuses);
        // Kept for doStart, so validating does not build the settings (and their SSL context) a second time.
        sourceSettings = ClientSettingsFactory.source(configuration, getCamelContext());
        targetSettings = kind == SparkImpexOperation.MIGRATE ? ClientSettingsFactory.target(configuration, getCamelContext()) : null;
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        client = new SparkImpexClient(sourceSettings, getComponent().executors());
        jobs = new SparkImpexJobs(client);
        if (targetSettings != null) {
            targetJobs = new SparkImpexJobs(new SparkImpexClient(targetSettings, getComponent().executors()));
        }
    }

    @Override
    protected void doStop() throws Exception {
        IOHelper.close(client);
        if (targetJobs != null) {
            IOHelper.close(targetJobs.client());
        }
        client = null;
        jobs = null;
        targetJobs = null;
        super.doStop();
    }

    SparkImpexJobs jobs() {
        return jobs;
    }

    SparkImpexJobs targetJobs() {
        return targetJobs;
    }

    @Override
    public String getServiceUrl() {
        return client != null ? client.settings().address().baseUrl() : configuration.getBaseUrl();
    }

    @Override
    public String getServiceProtocol() {
        return "http";
    }

    @Override
    public Map<String, String> getServiceMetadata() {
        return client == null ? null : Map.of("tenant", client.settings().address().tenant());
    }

    /** The operation of the URI, checked; names the accepted values when it is not one of them. */
    SparkImpexOperation operationKind() {
        return SparkImpexOperation.parse("operation", operation);
    }

    public String getOperation() {
        return operation;
    }

    /** The operation: export, import, migrate, status, cancel, jobs or download. */
    public void setOperation(String operation) {
        this.operation = operation;
    }

    public String getTypes() {
        return types;
    }

    /** Consumer: which job types to emit events for: import, export, or both (comma separated). */
    public void setTypes(String types) {
        this.types = types;
    }

    public String getStatuses() {
        return statuses;
    }

    /**
     * Consumer: which end states to emit (comma separated, e.g. failed,cancelled). By default every end state:
     * completed, closed, failed, cancelled and any other status that is not a running one.
     */
    public void setStatuses(String statuses) {
        this.statuses = statuses;
    }

    public boolean isDownloadExports() {
        return downloadExports;
    }

    /**
     * Consumer: when true, the body of a successful export event is the package file (streamed to disk as with the
     * producer and deleted when the exchange completes) instead of the job status.
     */
    public void setDownloadExports(boolean downloadExports) {
        this.downloadExports = downloadExports;
    }

    public boolean isEmitProgress() {
        return emitProgress;
    }

    /** Consumer: also emit an exchange when a job starts or changes state, not only when it ends. */
    public void setEmitProgress(boolean emitProgress) {
        this.emitProgress = emitProgress;
    }

    public IdempotentRepository getIdempotentRepository() {
        return idempotentRepository;
    }

    /**
     * Consumer: remembers which ended jobs were emitted, so each is emitted once. In memory by default; use a
     * persistent repository (file, JDBC, Infinispan, ...) so restarts neither repeat nor lose events. Give each
     * consumer its own repository.
     */
    public void setIdempotentRepository(IdempotentRepository idempotentRepository) {
        this.idempotentRepository = idempotentRepository;
    }

    public SparkImpexConfiguration getConfiguration() {
        return configuration;
    }

    /** The endpoint's options. */
    public void setConfiguration(SparkImpexConfiguration configuration) {
        this.configuration = configuration;
    }
}
