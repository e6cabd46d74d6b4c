package io.github.sparkimpex.camel;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/** A user whose large stream bodies would be cached in memory is told how to avoid it when the route starts. */
class StreamCachingWarningTest {

    @Test
    void importWarnsWhenStreamsAreCachedInMemoryOnly() throws Exception {
        assertThat(warningsWhenStarting(false)).singleElement().satisfies(message -> assertThat(message)
                .contains("spark-impex://import", "streamCachingSpoolEnabled=true", "File or GenericFile")
                .doesNotContain("secret-key"));
        assertThat(warningsWhenStarting(true)).isEmpty();
    }

    private static java.util.List<String> warningsWhenStarting(boolean spool) throws Exception {
        Logger logger = (Logger) LoggerFactory.getLogger(SparkImpexEndpoint.class);
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.start();
        logger.addAppender(captured);
        try (CamelContext context = new DefaultCamelContext()) {
            context.setStreamCaching(true);
            context.getStreamCachingStrategy().setSpoolEnabled(spool);
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:in").to("spark-impex:import?baseUrl=http://localhost:1/acme&apiKey=secret-key");
                    from("direct:export").to("spark-impex:export?baseUrl=http://localhost:1/acme&apiKey=secret-key");
                }
            });
            context.start();
        } finally {
            logger.detachAppender(captured);
        }
        return captured.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    }
}
