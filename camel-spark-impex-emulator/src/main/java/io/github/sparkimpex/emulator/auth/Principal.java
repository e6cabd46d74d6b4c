package io.github.sparkimpex.emulator.auth;

/**
 * Who made an authenticated request.
 *
 * @param tenant     the tenant the credential belongs to
 * @param identity   reported as {@code created_by} on jobs
 * @param supervisor whether the caller sees every job of the tenant, like Spark's {@code supervisor:pf} group
 */
public record Principal(String tenant, String identity, boolean supervisor) {
}
