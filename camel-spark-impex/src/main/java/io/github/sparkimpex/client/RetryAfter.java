package io.github.sparkimpex.client;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import org.apache.hc.core5.http.HttpResponse;

/** Reads how long a server asks us to wait: {@code Retry-After} (seconds or HTTP date) or TS-style {@code x-retry-after}. */
final class RetryAfter {

    private RetryAfter() {
    }

    static Duration of(HttpResponse response) {
        Duration standard = parse(response.getFirstHeader("Retry-After") == null
                ? null : response.getFirstHeader("Retry-After").getValue());
        if (standard != null) {
            return standard;
        }
        return parse(response.getFirstHeader("x-retry-after") == null
                ? null : response.getFirstHeader("x-retry-after").getValue());
    }

    static Duration parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.trim();
        try {
            double seconds = Double.parseDouble(text);
            return seconds < 0 ? null : Duration.ofMillis(Math.round(seconds * 1000));
        } catch (NumberFormatException notSeconds) {
            try {
                Duration wait = Duration.between(ZonedDateTime.now(),
                        ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME));
                return wait.isNegative() ? Duration.ZERO : wait;
            } catch (DateTimeParseException notADate) {
                return null;
            }
        }
    }
}
