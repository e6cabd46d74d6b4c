package io.github.sparkimpex.camel.springboot;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The IDE metadata the configuration processor generates into the starter, checked against the component's own
 * metadata, so that a new component option without its property fails here rather than going unnoticed.
 */
class SparkImpexConfigurationMetadataTest {

    private static final String PREFIX = "camel.component.spark-impex.";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Map<String, JsonNode> componentOptions;
    private static Map<String, JsonNode> properties;
    private static Map<String, JsonNode> hints;

    @BeforeAll
    static void readMetadata() throws IOException {
        componentOptions = fields(read("META-INF/io/github/sparkimpex/camel/spark-impex.json").get("componentProperties"));
        JsonNode starter = starterMetadata();
        properties = byName(starter.get("properties"));
        hints = byName(starter.get("hints"));
    }

    @Test
    void everyComponentOptionIsADocumentedProperty() {
        assertThat(componentOptions).hasSizeGreaterThan(40);
        for (String option : componentOptions.keySet()) {
            JsonNode property = properties.get(PREFIX + kebab(option));
            assertThat(property).as("property for component option %s", option).isNotNull();
            assertThat(property.path("description").asText()).as("description of %s", option).hasSizeGreaterThan(20);
            assertThat(property.path("sourceType").asText()).isEqualTo(SparkImpexComponentConfiguration.class.getName());
        }
    }

    @Test
    void theStarterSwitchesAreDocumented() {
        assertThat(properties.get(PREFIX + "enabled").path("description").asText())
                .contains("auto configuration of the spark-impex component");
        assertThat(properties.get(PREFIX + "customizer.enabled").path("description").asText())
                .contains("copies the camel.component.spark-impex.* options");
    }

    @Test
    void defaultsShownToTheIdeAreTheComponentsDefaults() {
        for (Map.Entry<String, JsonNode> option : componentOptions.entrySet()) {
            JsonNode componentDefault = option.getValue().get("defaultValue");
            String name = option.getKey();
            if (componentDefault == null || name.equals("waitForCompletion")) {
                // waitForCompletion has no single default (true for export, import and migrate, false for status),
                // whatever the component's generated metadata claims, so the IDE shows none.
                continue;
            }
            assertThat(properties.get(PREFIX + kebab(name)).path("defaultValue").asText())
                    .as("default of %s", name).isEqualTo(componentDefault.asText());
        }
        assertThat(properties.get(PREFIX + "wait-for-completion").has("defaultValue")).isFalse();
    }

    @Test
    void theIdeOffersTheValuesOfEveryEnumOption() {
        for (Map.Entry<String, JsonNode> option : componentOptions.entrySet()) {
            List<String> values = texts(option.getValue().path("enum"), Function.identity());
            if (values.isEmpty()) {
                continue;
            }
            JsonNode hint = hints.get(PREFIX + kebab(option.getKey()));
            assertThat(hint).as("hint for %s", option.getKey()).isNotNull();
            assertThat(texts(hint.get("values"), value -> value.get("value"))).isEqualTo(values);
        }
    }

    /** The processor's output in this module, among the metadata files of every Spring Boot jar on the class path. */
    private static JsonNode starterMetadata() throws IOException {
        List<URL> all = Collections.list(SparkImpexConfigurationMetadataTest.class.getClassLoader()
                .getResources("META-INF/spring-configuration-metadata.json"));
        List<JsonNode> ours = new ArrayList<>();
        for (URL url : all) {
            try (InputStream in = url.openStream()) {
                JsonNode metadata = JSON.readTree(in);
                if (byName(metadata.path("groups")).containsKey("camel.component.spark-impex")) {
                    ours.add(metadata);
                }
            }
        }
        assertThat(ours).as("spring-configuration-metadata.json with the spark-impex group").hasSize(1);
        return ours.get(0);
    }

    private static JsonNode read(String resource) throws IOException {
        try (InputStream in = SparkImpexConfigurationMetadataTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return JSON.readTree(in);
        }
    }

    private static Map<String, JsonNode> fields(JsonNode object) {
        Map<String, JsonNode> fields = new TreeMap<>();
        object.fields().forEachRemaining(field -> fields.put(field.getKey(), field.getValue()));
        return fields;
    }

    private static Map<String, JsonNode> byName(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false)
                .collect(Collectors.toMap(node -> node.get("name").asText(), node -> node));
    }

    private static List<String> texts(JsonNode array, Function<JsonNode, JsonNode> pick) {
        return StreamSupport.stream(array.spliterator(), false).map(pick).map(JsonNode::asText).toList();
    }

    /** {@code sslContextParameters} to {@code ssl-context-parameters}, as Spring Boot names properties. */
    static String kebab(String camelCase) {
        return camelCase.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
    }
}
