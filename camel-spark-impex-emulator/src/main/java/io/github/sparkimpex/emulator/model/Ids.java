package io.github.sparkimpex.emulator.model;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

/** Service and version ids: UUIDs, stable for seeded entities and random for new ones. */
public final class Ids {

    private static final String NAMESPACE = "spark-impex-emulator:";

    private Ids() {
    }

    /** The same seed gives the same service id on every start, so scripts can hard-code it. */
    public static String stableServiceId(String tenant, String folder, String service) {
        return nameBased(tenant + "/" + folder + "/" + service);
    }

    public static String stableVersionId(String tenant, String folder, String service, SemanticVersion version) {
        return nameBased(tenant + "/" + folder + "/" + service + "[" + version + "]");
    }

    public static String random() {
        return UUID.randomUUID().toString();
    }

    public static String requireUuid(String kind, String id) {
        try {
            UUID.fromString(id);
            return id.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("A " + kind + " must be a UUID: '" + id + "'");
        }
    }

    public static boolean isUuid(String text) {
        if (text == null || text.length() != 36) {
            return false;
        }
        try {
            UUID.fromString(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String nameBased(String name) {
        return UUID.nameUUIDFromBytes((NAMESPACE + name).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
