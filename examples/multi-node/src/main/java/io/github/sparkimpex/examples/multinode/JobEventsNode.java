package io.github.sparkimpex.examples.multinode;

import java.util.Properties;

import org.apache.camel.CamelContext;
import org.apache.camel.cluster.CamelClusterService;
import org.apache.camel.main.Main;

/** One node of the job-events service: Camel Main configured by application.properties, running {@link JobEventsRoutes}. */
public final class JobEventsNode implements AutoCloseable {

    private final Main main;

    private JobEventsNode(Main main) {
        this.main = main;
    }

    /** Runs one node until the JVM is stopped; settings come from application.properties, -D options or the environment. */
    public static void main(String[] args) throws Exception {
        Main main = new Main();
        main.configure().addConfiguration(ClusterServiceConfiguration.class);
        main.configure().addRoutesBuilder(new JobEventsRoutes());
        main.run(args);
    }

    /** Starts a node; {@code overrides} take precedence over application.properties. */
    public static JobEventsNode start(Properties overrides) throws Exception {
        Main main = new Main();
        main.setOverrideProperties(overrides);
        main.configure().addConfiguration(ClusterServiceConfiguration.class);
        main.configure().addRoutesBuilder(new JobEventsRoutes());
        main.start();
        return new JobEventsNode(main);
    }

    public CamelContext context() {
        return main.getCamelContext();
    }

    /** Whether this node leads the namespace, so its consumer is the one polling Spark. */
    public boolean isLeader() throws Exception {
        CamelClusterService cluster = context().hasService(CamelClusterService.class);
        String namespace = context().resolvePropertyPlaceholders("{{cluster.namespace}}");
        return cluster.getView(namespace).getLocalMember().isLeader();
    }

    @Override
    public void close() throws Exception {
        main.stop();
    }
}
