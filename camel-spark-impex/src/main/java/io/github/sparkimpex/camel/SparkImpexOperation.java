package io.github.sparkimpex.camel;

import io.github.sparkimpex.model.WireEnum;

/** What a {@code spark-impex:} producer does; the URI path and the {@code CamelSparkImpexOperation} header name it. */
public enum SparkImpexOperation implements WireEnum {
    EXPORT("export"),
    IMPORT("import"),
    MIGRATE("migrate"),
    STATUS("status"),
    CANCEL("cancel"),
    JOBS("jobs"),
    DOWNLOAD("download");

    private final String wireName;

    SparkImpexOperation(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }

    public static SparkImpexOperation parse(String where, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Missing " + where + "; accepted values: "
                                               + WireEnum.acceptedValues(SparkImpexOperation.class));
        }
        return WireEnum.parse(SparkImpexOperation.class, where, value);
    }
}
