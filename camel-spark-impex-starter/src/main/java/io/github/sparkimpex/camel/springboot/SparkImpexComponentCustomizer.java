package io.github.sparkimpex.camel.springboot;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.github.sparkimpex.camel.SparkImpexComponent;
import io.github.sparkimpex.camel.SparkImpexConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.Component;
import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.spring.boot.util.CamelPropertiesHelper;
import org.apache.camel.spring.boot.util.HierarchicalPropertiesEvaluator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;

/**
 * Copies the {@code camel.component.spark-impex.*} options the application set onto each spark-impex component that
 * Camel creates, through the component's generated configurer: the same path a Camel URI or Camel Main takes, so
 * {@code 5s} and {@code replace} mean what they mean there.
 */
public class SparkImpexComponentCustomizer implements ComponentCustomizer {

    static final String PREFIX = "camel.component.spark-impex";

    private static final Logger LOG = LoggerFactory.getLogger(SparkImpexComponentCustomizer.class);

    /** Properties of the starter itself (auto-configuration and customizer switches), not of the component. */
    private static final Set<String> STARTER_PROPERTIES = Set.of("enabled", "customizer");

    private final Environment environment;
    private final SparkImpexComponentConfiguration properties;

    public SparkImpexComponentCustomizer(Environment environment, SparkImpexComponentConfiguration properties) {
        this.environment = environment;
        this.properties = properties;
    }

    @Override
    public boolean isEnabled(String name, Component target) {
        return target instanceof SparkImpexComponent
                && HierarchicalPropertiesEvaluator.evaluate(environment, "camel.component.customizer", PREFIX + ".customizer");
    }

    @Override
    public void configure(String name, Component target) {
        Map<String, Object> options = optionsToApply(target.getCamelContext());
        String applied = String.join(", ", options.keySet());
        // Applied options are removed from the map: whatever is left is an option the component does not have.
        CamelPropertiesHelper.setCamelProperties(target.getCamelContext(), target, options, false);
        if (!options.isEmpty()) {
            // Names only: the values may be credentials.
            throw new IllegalStateException("The spark-impex component has no option " + options.keySet()
                                            + " (set under " + PREFIX + ")");
        }
        // Names only, never values: apiKey, token and the client secrets pass through here.
        LOG.debug("Component {} configured from {}.*: {}", name, PREFIX, applied);
    }

    /** The options the application set, the whole configuration object (if any) first, the rest by name. */
    Map<String, Object> optionsToApply(CamelContext camelContext) {
        Map<String, Object> set = CamelPropertiesHelper.getNonNullProperties(camelContext, properties);
        set.keySet().removeAll(STARTER_PROPERTIES);
        Map<String, Object> ordered = new LinkedHashMap<>();
        Object whole = set.remove("configuration");
        if (whole != null) {
            // First, so the single options refine it rather than being replaced by it; and a copy, so that neither
            // those options nor the endpoints change the application's bean (or another component's configuration).
            ordered.put("configuration", ((SparkImpexConfiguration) whole).copy());
        }
        ordered.putAll(new TreeMap<>(set));
        return ordered;
    }
}
