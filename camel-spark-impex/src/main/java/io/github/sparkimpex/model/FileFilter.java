package io.github.sparkimpex.model;

/** Export {@code file_filter}: a package for re-import ({@code migrate}) or for the Hybrid Runner ({@code onpremises}). */
public enum FileFilter implements WireEnum {
    MIGRATE("migrate"),
    ONPREMISES("onpremises");

    private final String wireName;

    FileFilter(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }
}
