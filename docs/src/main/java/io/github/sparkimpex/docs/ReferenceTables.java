package io.github.sparkimpex.docs;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Writes the option and header tables of the component reference from the component's generated JSON metadata, the
 * same source Camel's tooling reads, between {@code // <name>: START} and {@code // <name>: END} markers.
 */
public final class ReferenceTables {

    static final String METADATA = "META-INF/io/github/sparkimpex/camel/spark-impex.json";

    private ReferenceTables() {
    }

    public static void main(String[] args) throws IOException {
        Path reference = Path.of(args[0]);
        String updated = update(Files.readString(reference, StandardCharsets.UTF_8), metadata());
        Files.writeString(reference, updated, StandardCharsets.UTF_8);
    }

    static JsonNode metadata() throws IOException {
        try (InputStream in = ReferenceTables.class.getClassLoader().getResourceAsStream(METADATA)) {
            if (in == null) {
                throw new IllegalStateException(METADATA + " is not on the classpath; build camel-spark-impex first");
            }
            return new ObjectMapper().readTree(in);
        }
    }

    static String update(String document, JsonNode metadata) {
        String result = replaceBetween(document, "component options", optionTable(metadata.get("componentProperties")));
        result = replaceBetween(result, "endpoint path", optionTable(filter(metadata.get("properties"), "path")));
        result = replaceBetween(result, "endpoint options", optionTable(filter(metadata.get("properties"), "parameter")));
        return replaceBetween(result, "message headers", headerTable(metadata.get("headers")));
    }

    private static String replaceBetween(String document, String name, String content) {
        String start = "// " + name + ": START\n";
        String end = "// " + name + ": END";
        int from = document.indexOf(start);
        int to = document.indexOf(end);
        if (from < 0 || to < from) {
            throw new IllegalStateException("Markers for '" + name + "' not found in the reference");
        }
        return document.substring(0, from + start.length()) + content + document.substring(to);
    }

    private static List<Map.Entry<String, JsonNode>> filter(JsonNode properties, String kind) {
        List<Map.Entry<String, JsonNode>> result = new ArrayList<>();
        properties.fields().forEachRemaining(e -> {
            if (kind.equals(e.getValue().path("kind").asText())) {
                result.add(e);
            }
        });
        return result;
    }

    private static String optionTable(JsonNode properties) {
        List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
        properties.fields().forEachRemaining(entries::add);
        return optionTable(entries);
    }

    private static String optionTable(List<Map.Entry<String, JsonNode>> entries) {
        StringBuilder table = new StringBuilder("[cols=\"2,5,1,1,1\",options=\"header\"]\n|===\n| Name | Description | Default | Type | Group\n");
        for (Map.Entry<String, JsonNode> entry : entries) {
            JsonNode option = entry.getValue();
            String description = option.path("description").asText();
            if (option.has("enum")) {
                description += " Accepted values: " + join(option.get("enum")) + ".";
            }
            if (option.path("secret").asBoolean()) {
                description += " Secret: masked in logs and URIs.";
            }
            table.append("| *").append(entry.getKey()).append("*")
                    .append(" | ").append(cell(description))
                    .append(" | ").append(cell(option.has("defaultValue") ? option.get("defaultValue").asText() : ""))
                    .append(" | ").append(cell(option.path("type").asText()))
                    .append(" | ").append(cell(option.path("group").asText()))
                    .append('\n');
        }
        return table.append("|===\n").toString();
    }

    private static String headerTable(JsonNode headers) {
        StringBuilder table = new StringBuilder("[cols=\"2,5,1\",options=\"header\"]\n|===\n| Name | Description | Type\n");
        headers.fields().forEachRemaining(e -> table.append("| *").append(e.getKey()).append("*")
                .append(" | ").append(cell(e.getValue().path("description").asText()))
                .append(" | ").append(cell(e.getValue().path("javaType").asText()))
                .append('\n'));
        return table.append("|===\n").toString();
    }

    private static String join(JsonNode values) {
        List<String> items = new ArrayList<>();
        values.forEach(v -> items.add("`" + v.asText() + "`"));
        return String.join(", ", items);
    }

    /** Table cells must not break the AsciiDoc table: pipes are escaped and line breaks folded. */
    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ").strip();
    }
}
