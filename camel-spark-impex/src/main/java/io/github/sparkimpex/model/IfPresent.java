package io.github.sparkimpex.model;

/** Import {@code services_existing}: what happens when a destination service already exists. */
public enum IfPresent implements WireEnum {
    ABORT("abort"),
    REPLACE("replace"),
    ADD_VERSION("add_version");

    private final String wireName;

    IfPresent(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }
}
