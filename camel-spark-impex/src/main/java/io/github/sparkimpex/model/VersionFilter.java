package io.github.sparkimpex.model;

/** Export {@code version_filter}: only the newest version of each selected service, or all of them. */
public enum VersionFilter implements WireEnum {
    LATEST("latest"),
    ALL("all");

    private final String wireName;

    VersionFilter(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }
}
