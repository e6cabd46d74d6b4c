package io.github.sparkimpex.emulator.seed;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * An OAuth2 client of the tenant's realm, for the client-credentials grant.
 *
 * @param supervisor whether tokens of this client see every job of the tenant in the tenant-wide status lists
 */
public record ClientSeed(String clientId, String clientSecret, Boolean supervisor) {

    @JsonCreator
    public ClientSeed {
    }
}
