package io.github.sparkimpex.docs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The reference documents every option and header the component declares, and no link points nowhere. */
class DocumentationTest {

    private static final Path DOCS = Path.of(".");
    private static final Pattern XREF = Pattern.compile("xref:([\\w.-]+\\.adoc)(?:#([\\w-]+))?\\[");
    private static final Pattern LOCAL_ANCHOR = Pattern.compile("<<([\\w-]+)[,>]");

    @Test
    void theReferenceListsEveryOptionAndHeaderOfTheMetadata() throws IOException {
        String reference = Files.readString(DOCS.resolve("spark-impex-component.adoc"));
        JsonNode metadata = ReferenceTables.metadata();
        List<String> names = new ArrayList<>();
        metadata.get("componentProperties").fieldNames().forEachRemaining(names::add);
        metadata.get("properties").fieldNames().forEachRemaining(names::add);
        metadata.get("headers").fieldNames().forEachRemaining(names::add);

        assertThat(names).hasSizeGreaterThan(60);
        for (String name : names) {
            assertThat(reference).as("reference documents " + name).contains("| *" + name + "*");
        }
    }

    @Test
    void regeneratingTheTablesChangesNothing() throws IOException {
        String reference = Files.readString(DOCS.resolve("spark-impex-component.adoc"));
        assertThat(ReferenceTables.update(reference, ReferenceTables.metadata())).isEqualTo(reference);
    }

    @Test
    void everyCrossReferenceResolves() throws IOException {
        try (Stream<Path> files = Files.list(DOCS)) {
            for (Path doc : files.filter(f -> f.toString().endsWith(".adoc")).toList()) {
                String text = Files.readString(doc);
                Matcher xref = XREF.matcher(text);
                while (xref.find()) {
                    Path target = DOCS.resolve(xref.group(1));
                    assertThat(target).as(doc + " links to " + xref.group(1)).exists();
                    if (xref.group(2) != null) {
                        assertThat(anchors(Files.readString(target))).as(doc + " links to " + xref.group(0)).contains(xref.group(2));
                    }
                }
                Matcher local = LOCAL_ANCHOR.matcher(text);
                while (local.find()) {
                    assertThat(anchors(text)).as(doc + " links to <<" + local.group(1) + ">>").contains(local.group(1));
                }
            }
        }
    }

    /** Explicit {@code [#id]} anchors and the ids Asciidoctor derives from section titles (no prefix, '-' separator). */
    private static List<String> anchors(String text) {
        List<String> ids = new ArrayList<>();
        Matcher explicit = Pattern.compile("\\[#([\\w-]+)]").matcher(text);
        while (explicit.find()) {
            ids.add(explicit.group(1));
        }
        Matcher title = Pattern.compile("(?m)^=+ (.+)$").matcher(text);
        while (title.find()) {
            ids.add(title.group(1).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", ""));
        }
        return ids;
    }
}
