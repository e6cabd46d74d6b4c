package io.github.sparkimpex.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** An enum whose constants travel on the wire (and in URIs) under a lower-case name. */
public interface WireEnum {

    String wireName();

    /**
     * Parses a user-supplied value, failing with a message that names the option and lists the accepted values, so that
     * a typo in a route is reported before any request is sent.
     */
    static <E extends Enum<E> & WireEnum> E parse(Class<E> type, String option, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String wanted = value.trim().toLowerCase(Locale.ROOT);
        for (E constant : type.getEnumConstants()) {
            if (constant.wireName().equals(wanted)) {
                return constant;
            }
        }
        throw new IllegalArgumentException(
                "Invalid value '" + value + "' for " + option + "; accepted values: " + acceptedValues(type));
    }

    static <E extends Enum<E> & WireEnum> String acceptedValues(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(WireEnum::wireName).collect(Collectors.joining(", "));
    }
}
