package io.github.sparkimpex.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Real ZIP packages for tests. */
public final class TestPackages {

    private TestPackages() {
    }

    public static byte[] zipBytes(String entryName, String content) {
        try (var out = new java.io.ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(entryName));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Path zipFile(Path directory, String name, String content) throws IOException {
        Path file = directory.resolve(name);
        Files.write(file, zipBytes("manifest.json", content));
        return file;
    }

    /** A stored (uncompressed) ZIP of about {@code size} bytes, written without holding it in memory. */
    public static Path largeZip(Path file, long size) throws IOException {
        byte[] chunk = new byte[1024 * 1024];
        new java.util.Random(42).nextBytes(chunk);
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(0);
            zip.putNextEntry(new ZipEntry("model.bin"));
            for (long written = 0; written < size; written += chunk.length) {
                zip.write(chunk, 0, (int) Math.min(chunk.length, size - written));
            }
            zip.closeEntry();
        }
        return file;
    }

    /**
     * A file of exactly {@code size} bytes that starts with the ZIP signature and is a hole after it: a package to be
     * refused on its size alone, made at once and taking no disk space.
     */
    public static Path sparsePackage(Path file, long size) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.write(new byte[] { 'P', 'K', 3, 4 });
            raf.setLength(size);
        }
        return file;
    }

    /** CRC-32 of a file, read in small chunks. */
    public static long crc32(Path file) throws IOException {
        CRC32 crc = new CRC32();
        try (InputStream in = new CheckedInputStream(Files.newInputStream(file), crc)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return crc.getValue();
    }
}
