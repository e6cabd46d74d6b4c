package io.github.sparkimpex.emulator.auth;

/**
 * An API key of a tenant.
 *
 * @param identity the name reported as {@code created_by}; the key itself never appears in responses
 */
public record ApiKey(String key, String identity, boolean supervisor) {
}
