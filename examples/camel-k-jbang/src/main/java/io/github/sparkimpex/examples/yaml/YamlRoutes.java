package io.github.sparkimpex.examples.yaml;

import java.util.Properties;

import io.github.sparkimpex.emulator.SparkImpexEmulator;
import org.apache.camel.CamelContext;
import org.apache.camel.main.Main;

/**
 * Runs YAML route files the way Camel JBang does, with plain Camel Main: the YAML DSL loads the files named by
 * {@code camel.main.routesIncludePattern}, and camel-kamelet finds the Kamelets under {@code classpath:kamelets}.
 */
public final class YamlRoutes implements AutoCloseable {

    private final Main main;

    private YamlRoutes(Main main) {
        this.main = main;
    }

    /**
     * Starts the routes of the given files (e.g. {@code classpath:routes/promotion.camel.yaml});
     * {@code properties} take precedence over application.properties.
     */
    public static YamlRoutes start(String routeFiles, Properties properties) throws Exception {
        Properties settings = new Properties();
        settings.putAll(properties);
        settings.setProperty("camel.main.routesIncludePattern", routeFiles);
        Main main = new Main();
        main.setOverrideProperties(settings);
        main.start();
        return new YamlRoutes(main);
    }

    /** The placeholders of the routes, pointed at the emulator's dev and prod tenants. */
    public static Properties tenantsOf(SparkImpexEmulator emulator) {
        Properties tenants = new Properties();
        for (String tenant : new String[] {"dev", "prod"}) {
            tenants.setProperty("spark." + tenant + ".baseUrl", emulator.baseUrl(tenant));
            tenants.setProperty("spark." + tenant + ".apiKey", emulator.apiKey(tenant));
        }
        return tenants;
    }

    public CamelContext context() {
        return main.getCamelContext();
    }

    @Override
    public void close() throws Exception {
        main.stop();
    }
}
