package io.github.sparkimpex.emulator.exporting;

import java.util.Locale;

/** {@code file_filter}: which files of each version the package carries. */
public enum FileFilter {
    /** Every file of the service, for re-import into Spark. */
    MIGRATE,
    /** Only what the Hybrid Runner needs; not importable. */
    ONPREMISES;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
