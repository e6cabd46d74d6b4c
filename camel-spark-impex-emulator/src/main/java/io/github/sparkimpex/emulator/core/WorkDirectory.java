package io.github.sparkimpex.emulator.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The emulator's files on disk: export packages, uploads being parsed, and payloads of imported versions.
 * Nothing large is ever kept on the heap; everything lives here and is deleted on close.
 */
public final class WorkDirectory implements AutoCloseable {

    private final Path root;
    private final boolean owned;

    /** @param configured a directory to use, or {@code null} for a new temporary one deleted on close */
    public WorkDirectory(Path configured) {
        try {
            this.owned = configured == null;
            this.root = owned ? Files.createTempDirectory("spark-impex-emulator-")
                    : Files.createDirectories(configured);
            Files.createDirectories(exports());
            Files.createDirectories(uploads());
            Files.createDirectories(payloads());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the emulator's work directory", e);
        }
    }

    public Path root() {
        return root;
    }

    public Path exports() {
        return root.resolve("exports");
    }

    public Path uploads() {
        return root.resolve("uploads");
    }

    public Path payloads() {
        return root.resolve("payloads");
    }

    /** Deletes everything the emulator wrote, keeping the directories. */
    public void empty() {
        for (Path directory : new Path[] {exports(), uploads(), payloads()}) {
            deleteTree(directory, false);
        }
    }

    @Override
    public void close() {
        empty();
        if (owned) {
            deleteTree(root, true);
        }
    }

    private static void deleteTree(Path directory, boolean includingRoot) {
        if (!Files.exists(directory)) {
            return;
        }
        try {
            Files.walkFileTree(directory, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException failure) throws IOException {
                    if (includingRoot || !dir.equals(directory)) {
                        Files.deleteIfExists(dir);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException ignored) {
            // Best effort: a file still open elsewhere (e.g. a download in flight) stays until the OS cleans up.
        }
    }
}
