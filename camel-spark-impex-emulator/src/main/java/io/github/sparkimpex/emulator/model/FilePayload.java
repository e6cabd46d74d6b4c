package io.github.sparkimpex.emulator.model;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Content that arrived in an imported package, kept in the emulator's work directory. */
public final class FilePayload implements Payload {

    private final Path file;
    private final long size;

    public FilePayload(Path file) throws IOException {
        this.file = file;
        this.size = Files.size(file);
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public void writeTo(OutputStream out) throws IOException {
        Files.copy(file, out);
    }

    @Override
    public String toString() {
        return "FilePayload[" + file.getFileName() + ", " + size + " bytes]";
    }
}
