package io.github.sparkimpex.benchmark;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * What a forked measurement reports to the orchestrator: one stdout line {@code RESULT k=v&k=v} (URL-encoded), so
 * that the child's own logging can share the stream.
 */
record Result(Map<String, String> values) {

    private static final String PREFIX = "RESULT ";

    static Result.Builder builder() {
        return new Builder();
    }

    static boolean isResultLine(String line) {
        return line.startsWith(PREFIX);
    }

    static Result parse(String line) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : line.substring(PREFIX.length()).split("&")) {
            int eq = pair.indexOf('=');
            values.put(decode(pair.substring(0, eq)), decode(pair.substring(eq + 1)));
        }
        return new Result(values);
    }

    String get(String key) {
        String value = values.get(key);
        if (value == null) {
            throw new IllegalStateException("The measurement did not report '" + key + "': " + values);
        }
        return value;
    }

    long getLong(String key) {
        return Long.parseLong(get(key));
    }

    static final class Builder {
        private final Map<String, String> values = new LinkedHashMap<>();

        Builder put(String key, Object value) {
            values.put(key, String.valueOf(value));
            return this;
        }

        /** Prints the result line for the orchestrator. */
        void emit() {
            StringJoiner line = new StringJoiner("&", PREFIX, "");
            values.forEach((k, v) -> line.add(encode(k) + "=" + encode(v)));
            System.out.println(line);
            System.out.flush();
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
