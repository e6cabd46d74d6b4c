package io.github.sparkimpex.examples.multinode;

import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.cluster.CamelClusterService;

/**
 * Puts the cluster service bound by {@code camel.beans.cluster} in application.properties to work. Camel Main 4.18
 * has no {@code camel.cluster.file.*} options (Spring Boot and Quarkus do), and a cluster service bound with
 * {@code camel.beans.*} does not reach the context on its own: without this, {@code master:} finds no cluster service.
 */
public class ClusterServiceConfiguration implements CamelConfiguration {

    @Override
    public void configure(CamelContext context) throws Exception {
        for (CamelClusterService service : context.getRegistry().findByType(CamelClusterService.class)) {
            if (!context.hasService(service)) {
                context.addService(service);
            }
        }
    }
}
