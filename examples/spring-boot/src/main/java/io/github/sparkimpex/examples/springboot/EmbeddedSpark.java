package io.github.sparkimpex.examples.springboot;

import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import io.github.sparkimpex.emulator.SparkImpexEmulator;
import org.apache.camel.CamelContext;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spring.boot.CamelContextConfiguration;
import org.apache.camel.support.service.ServiceSupport;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.support.GenericApplicationContext;

/**
 * An emulator of Spark with a {@code dev} and a {@code prod} tenant, for running the example without a Spark account.
 * It answers to the same environment variables application.yaml reads, so the application runs exactly as it would
 * against Spark.
 */
final class EmbeddedSpark {

    private EmbeddedSpark() {
    }

    static void standIn(SpringApplication application) {
        SparkImpexEmulator emulator = SparkImpexEmulator.builder().seedResource(SparkImpexEmulator.SAMPLE_SEED).start();
        // Default properties have the lowest precedence: anything set in the environment still wins.
        application.setDefaultProperties(Map.of(
                "SPARK_BASE_URL", emulator.baseUrl("dev"),
                "SPARK_API_KEY", emulator.apiKey("dev"),
                "SPARK_TARGET_BASE_URL", emulator.baseUrl("prod"),
                "SPARK_TARGET_API_KEY", emulator.apiKey("prod")));
        Runnable close = once(emulator::close);
        application.addInitializers(context -> ((GenericApplicationContext) context)
                .registerBean("embeddedSpark", CamelContextConfiguration.class, () -> stoppedWithCamel(close)));
        // A start that fails may never start Camel, or stop it: the emulator must not outlive it either way.
        application.addListeners(new ApplicationListener<ApplicationFailedEvent>() {
            @Override
            public void onApplicationEvent(ApplicationFailedEvent event) {
                close.run();
            }
        });
    }

    /**
     * Camel stops either with the application (Ctrl+C) or on its own ({@code camel.main.duration-max-seconds}), and
     * the second leaves the Spring context open. Stopping the emulator with Camel covers both, after the routes are
     * done with it; otherwise its server threads would keep the JVM alive.
     */
    private static CamelContextConfiguration stoppedWithCamel(Runnable close) {
        return new CamelContextConfiguration() {
            @Override
            public void beforeApplicationStart(CamelContext camelContext) {
                try {
                    camelContext.addService(new ServiceSupport() {
                        @Override
                        protected void doStop() {
                            close.run();
                        }
                    });
                } catch (Exception e) {
                    throw RuntimeCamelException.wrapRuntimeCamelException(e);
                }
            }

            @Override
            public void afterApplicationStart(CamelContext camelContext) {
                // nothing to do once Camel runs
            }
        };
    }

    private static Runnable once(Runnable action) {
        AtomicBoolean done = new AtomicBoolean();
        return () -> {
            if (done.compareAndSet(false, true)) {
                action.run();
            }
        };
    }
}
