package io.github.sparkimpex.camel;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The generated component JSON is what Camel JBang, Kaoto, IDEs and the catalog show users. */
class ComponentMetadataTest {

    private static final List<String> OPTIONS = List.of("baseUrl", "env", "tenant", "apiKey", "token", "clientId",
            "clientSecret", "tokenUrl", "sourceSystem", "correlationId", "pollInterval", "maxPollInterval", "jobTimeout",
            "maxRetries", "connectTimeout", "requestTimeout", "sslContextParameters", "maxPackageSize", "folders", "services",
            "versionIds", "fileFilter", "versionFilter", "downloadDirectory", "destination", "ifPresent", "upgrade",
            "targetBaseUrl", "targetEnv", "targetTenant", "targetApiKey", "targetToken", "targetClientId",
            "targetClientSecret", "waitForCompletion");

    @Test
    void everyOptionIsDescribedWithDefaultsEnumsAndSecrets() throws Exception {
        JsonNode json = schema();
        JsonNode endpoint = json.get("properties");
        JsonNode component = json.get("componentProperties");
        for (String option : OPTIONS) {
            assertThat(endpoint.has(option)).as("endpoint option " + option).isTrue();
            assertThat(component.has(option)).as("component option " + option).isTrue();
            assertThat(endpoint.get(option).path("description").asText()).as("description of " + option).hasSizeGreaterThan(20);
        }
        Map<String, String> defaults = Map.of("pollInterval", "1s", "maxPollInterval", "30s", "jobTimeout", "30m",
                "maxRetries", "3", "sourceSystem", "camel-spark-impex", "fileFilter", "migrate", "versionFilter", "latest",
                "ifPresent", "add_version", "upgrade", "minor", "maxPackageSize", "209715200");
        defaults.forEach((option, value) -> assertThat(endpoint.get(option).get("defaultValue").asText()).as(option).isEqualTo(value));
        assertThat(endpoint.get("ifPresent").get("enum").toString()).isEqualTo("[\"abort\",\"replace\",\"add_version\"]");
        assertThat(endpoint.get("upgrade").get("enum").toString()).isEqualTo("[\"major\",\"minor\",\"patch\",\"copy\"]");
        assertThat(endpoint.get("operation").get("enum").toString())
                .isEqualTo("[\"export\",\"import\",\"migrate\",\"status\",\"cancel\",\"jobs\",\"download\"]");
        for (String secret : List.of("apiKey", "token", "clientSecret", "targetApiKey", "targetToken", "targetClientSecret")) {
            assertThat(endpoint.get(secret).get("secret").asBoolean()).as(secret + " is secret").isTrue();
        }
        assertThat(endpoint.get("jobTimeout").get("type").asText()).isEqualTo("duration");
        assertThat(endpoint.get("delay").get("defaultValue").asText()).as("consumer poll delay").isEqualTo("10000");
        assertThat(json.get("headers").has("CamelSparkImpexJobId")).isTrue();
        assertThat(json.get("headers").has("CamelSparkImpexFileHashes")).isTrue();
    }

    @Test
    void theConsumerPollsEveryTenSecondsUnlessToldOtherwise() throws Exception {
        try (DefaultCamelContext context = new DefaultCamelContext()) {
            SparkImpexEndpoint byDefault = context.getEndpoint("spark-impex:jobs?baseUrl=http://localhost/t&apiKey=k",
                    SparkImpexEndpoint.class);
            SparkImpexEndpoint tuned = context.getEndpoint("spark-impex:jobs?baseUrl=http://localhost/t&apiKey=k&delay=30s",
                    SparkImpexEndpoint.class);
            assertThat(byDefault.getDelay()).isEqualTo(10_000);
            assertThat(tuned.getDelay()).isEqualTo(30_000);
        }
    }

    private static JsonNode schema() throws Exception {
        try (DefaultCamelContext context = new DefaultCamelContext()) {
            String json = context.getComponentParameterJsonSchema("spark-impex");
            assertThat(json).as("component JSON found through the services file").isNotNull();
            return new ObjectMapper().readTree(json);
        }
    }
}
