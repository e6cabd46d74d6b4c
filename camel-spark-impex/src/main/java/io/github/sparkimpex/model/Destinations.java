package io.github.sparkimpex.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Turns the forms a user can give for an import destination into {@link ServiceMapping}s. */
public final class Destinations {

    private Destinations() {
    }

    /**
     * Parses {@code uri} or {@code source:target} entries separated by commas; a bare {@code uri} keeps the service
     * where it is, as the SDKs do.
     */
    public static List<ServiceMapping> parse(String text) {
        List<ServiceMapping> mappings = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return mappings;
        }
        for (String entry : text.split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            mappings.add(parseEntry(entry.trim()));
        }
        return mappings;
    }

    public static List<ServiceMapping> fromMap(Map<?, ?> sourceToTarget) {
        List<ServiceMapping> mappings = new ArrayList<>();
        sourceToTarget.forEach((source, target) -> mappings.add(new ServiceMapping(
                requireSide(source, "destination source"), requireSide(target, "destination target"), null)));
        return mappings;
    }

    private static ServiceMapping parseEntry(String entry) {
        int colon = entry.indexOf(':');
        if (colon < 0) {
            return new ServiceMapping(entry, null, null);
        }
        String source = entry.substring(0, colon).trim();
        String target = entry.substring(colon + 1).trim();
        if (source.isEmpty() || target.isEmpty()) {
            throw new IllegalArgumentException("Invalid destination entry '" + entry
                                               + "': both sides of source:target must be {folder}/{service}");
        }
        return new ServiceMapping(source, target, null);
    }

    private static String requireSide(Object value, String what) {
        if (value == null || value.toString().isBlank()) {
            throw new IllegalArgumentException("Invalid " + what + ": empty; expected {folder}/{service}");
        }
        return value.toString();
    }
}
