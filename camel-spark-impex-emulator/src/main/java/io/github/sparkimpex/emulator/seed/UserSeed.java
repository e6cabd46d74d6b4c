package io.github.sparkimpex.emulator.seed;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * A static bearer token standing in for a user token copied from the Spark user menu. Static tokens never
 * expire on their own and are not touched by the token-expiry fault, which only revokes issued tokens.
 *
 * @param email      the user's identity, reported as {@code created_by}
 * @param supervisor whether the user sees every job of the tenant in the tenant-wide status lists
 */
public record UserSeed(String token, String email, Boolean supervisor) {

    @JsonCreator
    public UserSeed {
    }
}
