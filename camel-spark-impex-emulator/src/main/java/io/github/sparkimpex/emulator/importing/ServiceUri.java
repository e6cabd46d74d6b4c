package io.github.sparkimpex.emulator.importing;

import io.github.sparkimpex.emulator.core.ApiException;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A {@code {folder}/{service}} reference of {@code services_modify}; surrounding slashes are ignored. */
public record ServiceUri(String folder, String service) implements Comparable<ServiceUri> {

    private static final Pattern FORMAT = Pattern.compile("/*([^/\\[\\]]+)/([^/\\[\\]]+)/*");

    public static ServiceUri parse(String text, String field) {
        Matcher matcher = FORMAT.matcher(text == null ? "" : text.trim());
        if (!matcher.matches() || matcher.group(1).isBlank() || matcher.group(2).isBlank()) {
            throw ApiException.badRequest("INVALID_SERVICE_URI", field + " must be {folder}/{service}, not '"
                    + text + "'").withDetail("item", text);
        }
        return new ServiceUri(matcher.group(1).strip(), matcher.group(2).strip());
    }

    @Override
    public int compareTo(ServiceUri other) {
        int byFolder = folder.compareTo(other.folder);
        return byFolder != 0 ? byFolder : service.compareTo(other.service);
    }

    @Override
    public String toString() {
        return folder + "/" + service;
    }
}
