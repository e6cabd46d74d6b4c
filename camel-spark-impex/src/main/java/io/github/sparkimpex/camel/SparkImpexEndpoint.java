package io.github.sparkimpex.camel;

import java.util.Map;

import io.github.sparkimpex.client.ClientSettings;
import io.github.sparkimpex.client.SparkImpexClient;
import io.github.sparkimpex.client.SparkImpexJobs;
import io.github.sparkimpex.model.FileFilter;
import io.github.sparkimpex.model.IfPresent;
import io.github.sparkimpex.model.UpgradeType;
import io.github.sparkimpex.model.VersionFilter;
import io.github.sparkimpex.model.WireEnum;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.EndpointServiceLocation;
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

    private SparkImpexClient client;
    private SparkImpexJobs jobs;
    private SparkImpexJobs targetJobs;

    public SparkImpexEndpoint(String uri, SparkImpexComponent component, SparkImpexConfiguration configuration) {
        super(uri, component);
        this.configuration = configuration;
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
        throw new UnsupportedOperationException("spark-impex does not offer a consumer for " + operation);
    }

    /** Bad options fail the route at start-up, before any request, naming the option and its accepted values. */
    @Override
    protected void doInit() throws Exception {
        super.doInit();
        SparkImpexOperation.parse("operation", operation);
        WireEnum.parse(FileFilter.class, "option fileFilter", configuration.getFileFilter());
        WireEnum.parse(VersionFilter.class, "option versionFilter", configuration.getVersionFilter());
        WireEnum.parse(IfPresent.class, "option ifPresent", configuration.getIfPresent());
        WireEnum.parse(UpgradeType.class, "option upgrade", configuration.getUpgrade());
        ClientSettingsFactory.source(configuration, getCamelContext());
        if (SparkImpexOperation.parse("operation", operation) == SparkImpexOperation.MIGRATE) {
            ClientSettingsFactory.target(configuration, getCamelContext());
        }
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        ClientSettings settings = ClientSettingsFactory.source(configuration, getCamelContext());
        client = new SparkImpexClient(settings, getComponent().executors());
        jobs = new SparkImpexJobs(client);
        if (SparkImpexOperation.parse("operation", operation) == SparkImpexOperation.MIGRATE) {
            targetJobs = new SparkImpexJobs(
                    new SparkImpexClient(ClientSettingsFactory.target(configuration, getCamelContext()),
                            getComponent().executors()));
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

    public String getOperation() {
        return operation;
    }

    /** The operation: export, import, migrate, status, cancel, jobs or download. */
    public void setOperation(String operation) {
        this.operation = operation;
    }

    public SparkImpexConfiguration getConfiguration() {
        return configuration;
    }

    /** The endpoint's options. */
    public void setConfiguration(SparkImpexConfiguration configuration) {
        this.configuration = configuration;
    }
}
