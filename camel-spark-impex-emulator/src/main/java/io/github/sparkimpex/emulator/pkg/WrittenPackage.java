package io.github.sparkimpex.emulator.pkg;

import java.nio.file.Path;

/**
 * A package ZIP on disk.
 *
 * @param hash lowercase hex digest of the whole ZIP file, reported as {@code file_hash}
 */
public record WrittenPackage(Path file, long size, String hash) {
}
