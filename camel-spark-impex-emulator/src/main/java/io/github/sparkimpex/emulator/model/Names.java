package io.github.sparkimpex.emulator.model;

import java.util.regex.Pattern;

/**
 * Rules for folder, service and tenant names. Folder and service names end up in service URIs
 * ({@code folder/service[version]}) and in ZIP entry paths, so the characters with a meaning there are refused.
 */
public final class Names {

    private static final Pattern TENANT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private Names() {
    }

    public static String requireValid(String kind, String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A " + kind + " name cannot be empty");
        }
        if (!name.equals(name.strip())) {
            throw new IllegalArgumentException("A " + kind + " name cannot start or end with spaces: '" + name + "'");
        }
        for (char c : name.toCharArray()) {
            if (c == '/' || c == '\\' || c == '[' || c == ']' || Character.isISOControl(c)) {
                throw new IllegalArgumentException("A " + kind + " name cannot contain '" + c + "': '" + name + "'");
            }
        }
        return name;
    }

    /**
     * Tenant names are the first path segment of every URL; {@code _admin} and {@code auth} are taken by the
     * admin API and the token endpoint.
     */
    public static String requireValidTenant(String name) {
        if (name == null || !TENANT.matcher(name).matches()) {
            throw new IllegalArgumentException("A tenant name must match " + TENANT.pattern() + ": '" + name + "'");
        }
        if (name.equals("auth")) {
            throw new IllegalArgumentException("'auth' is reserved for the token endpoint");
        }
        return name;
    }
}
