package io.github.sparkimpex.camel;

import java.util.Map;

import io.github.sparkimpex.client.ClientExecutors;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.HealthCheckComponent;

/** The {@code spark-impex:} component: export, import, migrate and follow Coherent Spark ImpEx jobs. */
@Component("spark-impex")
public class SparkImpexComponent extends HealthCheckComponent {

    @Metadata
    private SparkImpexConfiguration configuration = new SparkImpexConfiguration();

    @Metadata(label = "advanced", defaultValue = "8", description = "Threads, shared by all spark-impex endpoints of the"
                                                                + " application, that perform HTTP exchanges. Jobs waiting between polls use none of them.")
    private int workerPoolSize = 8;

    private ClientExecutors executors;

    public SparkImpexComponent() {
    }

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        SparkImpexOperation operation = SparkImpexOperation.parse("operation in " + uri, remaining);
        SparkImpexEndpoint endpoint = new SparkImpexEndpoint(uri, this, configuration.copy());
        endpoint.setOperation(operation.wireName());
        setProperties(endpoint, parameters);
        return endpoint;
    }

    public SparkImpexConfiguration getConfiguration() {
        return configuration;
    }

    /** Options shared by every endpoint of the application (tenant, credentials, timeouts). */
    public void setConfiguration(SparkImpexConfiguration configuration) {
        this.configuration = configuration;
    }

    public int getWorkerPoolSize() {
        return workerPoolSize;
    }

    public void setWorkerPoolSize(int workerPoolSize) {
        this.workerPoolSize = workerPoolSize;
    }

    /**
     * The scheduler that times job polls and retries, and the small pool for HTTP exchanges, shared by all endpoints:
     * thousands of jobs in flight cost a handful of threads.
     */
    synchronized ClientExecutors executors() {
        if (executors == null) {
            var manager = getCamelContext().getExecutorServiceManager();
            executors = new ClientExecutors(
                    manager.newSingleThreadScheduledExecutor(this, "SparkImpexScheduler"),
                    manager.newFixedThreadPool(this, "SparkImpexWorker", workerPoolSize));
        }
        return executors;
    }

    @Override
    protected synchronized void doStop() throws Exception {
        if (executors != null) {
            var manager = getCamelContext().getExecutorServiceManager();
            manager.shutdown(executors.scheduler());
            manager.shutdown(executors.io());
            executors = null;
        }
        super.doStop();
    }
}
