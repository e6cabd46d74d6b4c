package io.github.sparkimpex.model;

/** Import {@code update_version_type}: how added versions are numbered; {@code copy} keeps the source versions. */
public enum UpgradeType implements WireEnum {
    MAJOR("major"),
    MINOR("minor"),
    PATCH("patch"),
    COPY("copy");

    private final String wireName;

    UpgradeType(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }
}
