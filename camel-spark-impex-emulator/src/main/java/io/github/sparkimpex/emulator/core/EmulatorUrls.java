package io.github.sparkimpex.emulator.core;

/**
 * Base URLs of the two servers, known once they are bound.
 *
 * @param apiBaseUrl  e.g. {@code http://127.0.0.1:8080}
 * @param fileBaseUrl e.g. {@code http://127.0.0.1:8081}
 */
public record EmulatorUrls(String apiBaseUrl, String fileBaseUrl) {
}
