package io.github.sparkimpex.emulator.exporting;

import io.github.sparkimpex.emulator.core.ApiException;
import io.github.sparkimpex.emulator.model.Ids;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the service forms Spark and the SDKs use: {@code folder/service}, {@code folder/service[1.2]}, a bare
 * service UUID, {@code service/{id}}, {@code version/{id}} and the legacy {@code folders/f/services/s}. Leading
 * and trailing slashes are ignored; anything else is a 400 {@code INVALID_SERVICE_URI}.
 */
public final class ServiceReferenceParser {

    private static final Pattern LEGACY = Pattern.compile("folders/([^/]+)/services/(.+)");
    private static final Pattern PATH = Pattern.compile("([^/\\[\\]]+)/([^/\\[\\]]+)(?:\\[([^\\[\\]]*)])?");
    private static final Pattern VERSION_PREFIX = Pattern.compile("\\d+(\\.\\d+){0,2}\\.?");

    private ServiceReferenceParser() {
    }

    public static ServiceReference parse(String text) {
        String uri = stripSlashes(text == null ? "" : text.trim());
        if (Ids.isUuid(uri)) {
            return new ServiceReference.ByServiceId(text, uri);
        }
        if (uri.startsWith("service/") && uri.length() > "service/".length()) {
            return new ServiceReference.ByServiceId(text, uri.substring("service/".length()));
        }
        if (uri.startsWith("version/") && uri.length() > "version/".length()) {
            return new ServiceReference.ByVersionId(text, uri.substring("version/".length()));
        }
        Matcher legacy = LEGACY.matcher(uri);
        if (legacy.matches()) {
            uri = legacy.group(1) + "/" + legacy.group(2);
        }
        Matcher path = PATH.matcher(uri);
        if (!path.matches()) {
            throw invalid(text);
        }
        String prefix = path.group(3) == null || path.group(3).isBlank() ? null : path.group(3).trim();
        if (prefix != null && !VERSION_PREFIX.matcher(prefix).matches()) {
            throw invalid(text);
        }
        return new ServiceReference.ByPath(text, path.group(1), path.group(2), prefix);
    }

    private static String stripSlashes(String uri) {
        int start = 0;
        int end = uri.length();
        while (start < end && uri.charAt(start) == '/') {
            start++;
        }
        while (end > start && uri.charAt(end - 1) == '/') {
            end--;
        }
        return uri.substring(start, end);
    }

    private static ApiException invalid(String text) {
        return ApiException.badRequest("INVALID_SERVICE_URI", "'" + text + "' is not a service reference; use "
                        + "{folder}/{service}, {folder}/{service}[{version}], a service id, service/{id} or version/{id}")
                .withDetail("item", text);
    }
}
