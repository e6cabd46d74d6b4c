package io.github.sparkimpex.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What an export selects: folders, services and version ids, checked before anything is sent.
 *
 * <p>The SDK docs advertise {@code service/{id}} and {@code version/{id}} in the services list, while the API doc lists
 * only {@code {folder}/{service}[{version}]} and a bare service UUID there and keeps version UUIDs in
 * {@code version_ids}. Both forms are accepted and normalised to what the API documents.
 */
public record ServiceSelection(List<String> folders, List<String> services, List<String> versionIds) {

    public static final String ACCEPTED_SERVICE_FORMS
            = "{folder}/{service}, {folder}/{service}[{version}], service/{serviceId}, version/{versionId} or a bare service UUID";

    private static final Pattern UUID_PATTERN
            = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern FOLDER_SERVICE_VERSION
            = Pattern.compile("([^/\\[\\]]+)/([^/\\[\\]]+)(\\[[0-9A-Za-z.+-]*])?");

    public ServiceSelection {
        folders = List.copyOf(folders);
        services = List.copyOf(services);
        versionIds = List.copyOf(versionIds);
    }

    /**
     * Validates and normalises the three lists; fails naming the offending entry when something cannot be a Spark
     * reference, or when nothing at all is selected.
     */
    public static ServiceSelection of(List<String> folders, List<String> services, List<String> versionIds) {
        Set<String> cleanFolders = new LinkedHashSet<>();
        for (String folder : trimmed(folders)) {
            if (folder.contains("/")) {
                throw new IllegalArgumentException(
                        "Invalid folder '" + folder + "' in folders: a folder name cannot contain '/'");
            }
            cleanFolders.add(folder);
        }
        Set<String> cleanServices = new LinkedHashSet<>();
        Set<String> cleanVersionIds = new LinkedHashSet<>();
        for (String service : trimmed(services)) {
            if (service.startsWith("version/")) {
                cleanVersionIds.add(requireUuid(service.substring("version/".length()), service, "services"));
            } else if (service.startsWith("service/")) {
                cleanServices.add(requireUuid(service.substring("service/".length()), service, "services"));
            } else if (UUID_PATTERN.matcher(service).matches()
                    || FOLDER_SERVICE_VERSION.matcher(service).matches()) {
                cleanServices.add(service);
            } else {
                throw new IllegalArgumentException("Invalid service URI '" + service
                                                   + "' in services; accepted forms: " + ACCEPTED_SERVICE_FORMS);
            }
        }
        for (String versionId : trimmed(versionIds)) {
            cleanVersionIds.add(requireUuid(versionId, versionId, "versionIds"));
        }
        if (cleanFolders.isEmpty() && cleanServices.isEmpty() && cleanVersionIds.isEmpty()) {
            throw new IllegalArgumentException(
                    "Nothing to export: set at least one of folders, services or versionIds");
        }
        return new ServiceSelection(
                new ArrayList<>(cleanFolders), new ArrayList<>(cleanServices), new ArrayList<>(cleanVersionIds));
    }

    /** Checks a {@code {folder}/{service}} reference as used by import mappings (no version, no id). */
    public static String requireFolderAndService(String uri, String option) {
        String value = uri == null ? "" : uri.trim();
        var matcher = FOLDER_SERVICE_VERSION.matcher(value);
        if (!matcher.matches() || matcher.group(3) != null) {
            throw new IllegalArgumentException(
                    "Invalid service URI '" + uri + "' in " + option + "; accepted form: {folder}/{service}");
        }
        return value;
    }

    private static String requireUuid(String id, String entry, String option) {
        if (!UUID_PATTERN.matcher(id).matches()) {
            throw new IllegalArgumentException(
                    "Invalid id in '" + entry + "' in " + option + ": expected a UUID; accepted forms: "
                                               + ACCEPTED_SERVICE_FORMS);
        }
        return id;
    }

    private static List<String> trimmed(List<String> values) {
        List<String> result = new ArrayList<>();
        if (values != null) {
            for (String value : values) {
                if (value != null && !value.isBlank()) {
                    result.add(value.trim());
                }
            }
        }
        return result;
    }
}
