package io.github.sparkimpex.emulator.seed;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * An API key of a tenant, sent as {@code x-synthetic-key}. Written either as a plain string or as an object.
 *
 * @param key        the secret key value
 * @param name       the identity reported as {@code created_by} for jobs started with this key; defaults to
 *                   {@code <tenant>-api-key-<n>}
 * @param supervisor whether the key sees every job of the tenant in the tenant-wide status lists
 *                   (Spark's {@code supervisor:pf} group)
 */
public record ApiKeySeed(String key, String name, Boolean supervisor) {

    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    public ApiKeySeed {
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static ApiKeySeed of(String key) {
        return new ApiKeySeed(key, null, null);
    }
}
