package io.github.sparkimpex.model;

/** The two kinds of ImpEx job; each has its own endpoints and its own one-job-per-tenant limit. */
public enum JobType implements WireEnum {
    EXPORT("export"),
    IMPORT("import");

    private final String wireName;

    JobType(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }

    public static JobType parse(String option, String value) {
        return WireEnum.parse(JobType.class, option, value);
    }
}
