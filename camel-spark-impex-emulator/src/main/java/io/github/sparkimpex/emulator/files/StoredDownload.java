package io.github.sparkimpex.emulator.files;

import java.nio.file.Path;

/** A file served by the file host, with the tenant and job it belongs to. */
public record StoredDownload(Path file, long size, String tenant, String jobId) {
}
