package io.github.sparkimpex.model;

/** The body of {@code POST /{tenant}/api/v4/export}. */
public record ExportRequest(
        ServiceSelection selection,
        FileFilter fileFilter,
        VersionFilter versionFilter,
        JobTags tags) {

    public ExportRequest {
        fileFilter = fileFilter == null ? FileFilter.MIGRATE : fileFilter;
        versionFilter = versionFilter == null ? VersionFilter.LATEST : versionFilter;
        tags = tags == null ? JobTags.NONE : tags;
    }
}
