package io.github.sparkimpex.examples.promotion;

import java.util.Properties;
import java.util.concurrent.TimeUnit;

import io.github.sparkimpex.emulator.SparkImpexEmulator;
import org.apache.camel.main.Main;

/**
 * Runs one promotion with Camel Main. With {@code promotion.emulator=true} (the default) an embedded Spark emulator
 * seeded with a {@code dev} and a {@code prod} tenant stands in for Spark; set it to false and give
 * {@code promotion.source.*} / {@code promotion.target.*} to promote between real tenants.
 */
public final class PromotionApplication {

    private static final long TIMEOUT_MINUTES = 35;

    private PromotionApplication() {
    }

    public static void main(String[] args) throws Exception {
        PromotionOutcome outcome = promote(new Properties());
        if (outcome.failure() != null) {
            throw new IllegalStateException("Promotion failed: " + outcome.failure().getMessage(), outcome.failure());
        }
    }

    /** Runs the promotion to its end; {@code overrides} take precedence over application.properties. */
    public static PromotionOutcome promote(Properties overrides) throws Exception {
        Properties settings = new Properties();
        try (var in = PromotionApplication.class.getResourceAsStream("/application.properties")) {
            settings.load(in);
        }
        settings.putAll(overrides);
        SparkImpexEmulator emulator = Boolean.parseBoolean(settings.getProperty("promotion.emulator", "true"))
                ? startEmulator(settings) : null;
        try {
            return runCamel(settings);
        } finally {
            if (emulator != null) {
                emulator.close();
            }
        }
    }

    private static SparkImpexEmulator startEmulator(Properties settings) {
        SparkImpexEmulator emulator = SparkImpexEmulator.builder().seedResource(SparkImpexEmulator.SAMPLE_SEED).start();
        settings.setProperty("promotion.source.baseUrl", emulator.baseUrl("dev"));
        settings.setProperty("promotion.source.apiKey", emulator.apiKey("dev"));
        settings.setProperty("promotion.target.baseUrl", emulator.baseUrl("prod"));
        settings.setProperty("promotion.target.apiKey", emulator.apiKey("prod"));
        return emulator;
    }

    private static PromotionOutcome runCamel(Properties settings) throws Exception {
        PromotionOutcome outcome = new PromotionOutcome();
        Main main = new Main();
        main.setOverrideProperties(settings);
        main.configure().addRoutesBuilder(new PromotionRoutes(outcome));
        main.start();
        try {
            if (!outcome.await(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                outcome.failed(new IllegalStateException("The promotion did not finish within " + TIMEOUT_MINUTES + " minutes"));
            }
        } finally {
            main.stop();
        }
        return outcome;
    }
}
