package io.github.sparkimpex.emulator.auth;

/**
 * A static bearer token of a user.
 *
 * @param identity the user's e-mail address
 */
public record UserToken(String token, String identity, boolean supervisor) {
}
