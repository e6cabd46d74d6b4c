package io.github.sparkimpex.benchmark;

import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

/** A Camel application using the spark-impex component: the component side of every measurement. */
final class CamelApp implements AutoCloseable {

    private final CamelContext context;
    private final ProducerTemplate template;

    CamelApp(RouteBuilder routes) throws Exception {
        context = new DefaultCamelContext();
        context.addRoutes(routes);
        context.start();
        template = context.createProducerTemplate();
        // Exchanges are handed to the routes from the caller's thread; the default mode would add a pool of the
        // template's own to the thread count, which is the benchmark's, not the component's.
        template.setThreadedAsyncMode(false);
    }

    ProducerTemplate template() {
        return template;
    }

    @Override
    public void close() throws Exception {
        context.close();
    }
}
