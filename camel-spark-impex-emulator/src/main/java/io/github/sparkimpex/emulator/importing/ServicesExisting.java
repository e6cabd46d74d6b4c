package io.github.sparkimpex.emulator.importing;

/** {@code services_existing}: what an import does when the destination service already exists. */
public enum ServicesExisting {
    /** The whole import fails; the API's default. */
    ABORT,
    /** The service and all its versions are replaced by the package's. */
    REPLACE,
    /** The package's versions are added as new versions, numbered by {@code update_version_type}. */
    ADD_VERSION
}
