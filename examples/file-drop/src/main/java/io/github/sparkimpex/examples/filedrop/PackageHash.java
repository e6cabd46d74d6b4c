package io.github.sparkimpex.examples.filedrop;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.camel.Exchange;
import org.apache.camel.Header;

/**
 * The idempotent key of a package: the SHA-256 of its bytes, so that the same package dropped under another name is
 * recognised. camel-file evaluates the key every time it looks at a file (on each poll while the file waits in the
 * inbox, then on commit or rollback), so each hash is remembered for the file's path, size and modification time: a
 * package is read once, however often camel-file asks.
 */
public final class PackageHash {

    private static final int REMEMBERED_FILES = 1_000;

    private final Map<String, String> hashes = Collections.synchronizedMap(
            new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                    return size() > REMEMBERED_FILES;
                }
            });

    /** Called by camel-file through {@code idempotentKey=${bean:packageHash}} with the file's headers. */
    public String sha256(@Header(Exchange.FILE_PATH) String path,
                         @Header(Exchange.FILE_LENGTH) long length,
                         @Header(Exchange.FILE_LAST_MODIFIED) long lastModified) {
        return hashes.computeIfAbsent(path + '|' + length + '|' + lastModified, version -> digest(Path.of(path)));
    }

    static String digest(Path file) {
        MessageDigest digest = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
