package io.github.sparkimpex.emulator.model;

import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A Spark service version number {@code MAJOR.MINOR.PATCH}, ordered numerically. */
public record SemanticVersion(int major, int minor, int patch) implements Comparable<SemanticVersion> {

    private static final Pattern FORMAT = Pattern.compile("(\\d{1,9})\\.(\\d{1,9})\\.(\\d{1,9})");
    private static final Comparator<SemanticVersion> ORDER = Comparator.comparingInt(SemanticVersion::major)
            .thenComparingInt(SemanticVersion::minor)
            .thenComparingInt(SemanticVersion::patch);

    public SemanticVersion {
        if (major < 0 || minor < 0 || patch < 0) {
            throw new IllegalArgumentException("Version numbers cannot be negative");
        }
    }

    public static SemanticVersion parse(String text) {
        Matcher matcher = FORMAT.matcher(text == null ? "" : text.trim());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("Not a semantic version MAJOR.MINOR.PATCH: '" + text + "'");
        }
        return new SemanticVersion(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                Integer.parseInt(matcher.group(3)));
    }

    public static boolean isValid(String text) {
        return text != null && FORMAT.matcher(text.trim()).matches();
    }

    public SemanticVersion nextMajor() {
        return new SemanticVersion(major + 1, 0, 0);
    }

    public SemanticVersion nextMinor() {
        return new SemanticVersion(major, minor + 1, 0);
    }

    public SemanticVersion nextPatch() {
        return new SemanticVersion(major, minor, patch + 1);
    }

    /**
     * Whether this version falls under a bracketed export selector such as {@code [3.2]}. Spark documents a
     * "starts with" match; it is applied per number so that {@code [1.1]} means 1.1.x and not 1.10.0.
     */
    public boolean matchesPrefix(String prefix) {
        String trimmed = prefix.trim();
        while (trimmed.endsWith(".")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        if (trimmed.isEmpty()) {
            return true;
        }
        String[] wanted = trimmed.split("\\.", -1);
        int[] actual = {major, minor, patch};
        if (wanted.length > actual.length) {
            return false;
        }
        for (int i = 0; i < wanted.length; i++) {
            if (!wanted[i].equals(Integer.toString(actual[i]))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int compareTo(SemanticVersion other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return major + "." + minor + "." + patch;
    }
}
