package io.github.sparkimpex.client;

import java.nio.file.Path;

/** An export package on local disk, checked to be a readable ZIP of the length the file host announced. */
public record DownloadedPackage(Path file, long size, String url, String fileHash) {
}
