package io.github.sparkimpex.camel;

import java.io.ByteArrayInputStream;
import java.util.List;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.github.sparkimpex.testing.TestPackages;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/** A user whose stream packages Camel cached in memory is told how to avoid it, once, and only then. */
class StreamCachingWarningTest {

    private static final byte[] ZIP = TestPackages.zipBytes("m.json", "{}");

    @Test
    void warnsOnceWhenAStreamPackageWasCachedInMemory() throws Exception {
        List<String> warnings = warningsAfterSending(false, new ByteArrayInputStream(ZIP), new ByteArrayInputStream(ZIP));

        assertThat(warnings).singleElement().satisfies(message -> assertThat(message)
                .contains("spark-impex://import", "streamCachingSpoolEnabled=true", "File or GenericFile")
                .doesNotContain("secret-key"));
    }

    @Test
    void saysNothingForByteArraysOrWhenSpoolingIsOn() throws Exception {
        assertThat(warningsAfterSending(false, ZIP)).isEmpty();
        assertThat(warningsAfterSending(true, new ByteArrayInputStream(ZIP))).isEmpty();
    }

    /** The import fails to connect (nothing listens); what matters is what was logged on the way. */
    private static List<String> warningsAfterSending(boolean spool, Object... bodies) throws Exception {
        Logger logger = (Logger) LoggerFactory.getLogger(ImportHandler.class);
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.start();
        logger.addAppender(captured);
        try (CamelContext context = new DefaultCamelContext()) {
            context.setStreamCaching(true);
            context.getStreamCachingStrategy().setSpoolEnabled(spool);
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:in").to("spark-impex:import?baseUrl=http://127.0.0.1:1/acme&apiKey=secret-key&maxRetries=0");
                }
            });
            context.start();
            for (Object body : bodies) {
                context.createProducerTemplate().send("direct:in", e -> e.getMessage().setBody(body));
            }
        } finally {
            logger.detachAppender(captured);
        }
        return captured.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    }
}
