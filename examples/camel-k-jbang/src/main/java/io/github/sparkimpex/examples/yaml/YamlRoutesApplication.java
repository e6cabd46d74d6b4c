package io.github.sparkimpex.examples.yaml;

import java.util.Properties;
import java.util.concurrent.TimeUnit;

import io.github.sparkimpex.emulator.SparkImpexEmulator;
import org.apache.camel.builder.NotifyBuilder;

/**
 * Runs {@code routes/promotion.camel.yaml} once against an embedded emulator (a dev and a prod tenant), as
 * {@code camel run promotion.camel.yaml} would against real tenants, and stops when the promotion has ended.
 */
public final class YamlRoutesApplication {

    static final String PROMOTION = "classpath:routes/promotion.camel.yaml";

    private YamlRoutesApplication() {
    }

    public static void main(String[] args) throws Exception {
        try (SparkImpexEmulator emulator = SparkImpexEmulator.builder().seedResource(SparkImpexEmulator.SAMPLE_SEED).start()) {
            Properties settings = YamlRoutes.tenantsOf(emulator);
            try (YamlRoutes routes = YamlRoutes.start(PROMOTION, settings)) {
                NotifyBuilder ended = new NotifyBuilder(routes.context()).fromRoute("promotion").whenDone(1).create();
                NotifyBuilder failed = new NotifyBuilder(routes.context()).fromRoute("promotion").whenFailed(1).create();
                if (!ended.matches(35, TimeUnit.MINUTES)) {
                    throw new IllegalStateException("The promotion did not end within 35 minutes");
                }
                if (failed.matches()) {
                    throw new IllegalStateException("The promotion failed; the log above says why");
                }
            }
        }
    }
}
