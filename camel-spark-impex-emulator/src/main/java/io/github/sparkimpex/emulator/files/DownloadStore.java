package io.github.sparkimpex.emulator.files;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The stand-in for Spark's entity store: export packages reachable by an unguessable token in the URL, like a
 * pre-signed object-storage URL. Tokens are standard Base64 and therefore URL-encoded in the path ({@code %2B},
 * {@code %2F}, {@code %3D}), as the observed Spark URLs are, so clients must not encode them a second time.
 */
public final class DownloadStore {

    public static final String PATH_PREFIX = "/docstore/api/v1/documents/versions/tokens/";
    public static final String PATH_SUFFIX = "/package.zip";

    private final Map<String, StoredDownload> downloads = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final Supplier<String> fileBaseUrl;

    public DownloadStore(Supplier<String> fileBaseUrl) {
        this.fileBaseUrl = fileBaseUrl;
    }

    /** Publishes a file and returns its absolute download URL. */
    public String publish(Path file, long size, String tenant, String jobId) {
        // 31 random bytes always encode to 44 Base64 characters ending in one '='.
        byte[] bytes = new byte[31];
        random.nextBytes(bytes);
        String token = Base64.getEncoder().encodeToString(bytes);
        downloads.put(token, new StoredDownload(file, size, tenant, jobId));
        return fileBaseUrl.get() + PATH_PREFIX + URLEncoder.encode(token, StandardCharsets.UTF_8) + PATH_SUFFIX;
    }

    /** @param token the decoded token */
    public Optional<StoredDownload> find(String token) {
        return Optional.ofNullable(downloads.get(token));
    }

    /** Forgets every download and deletes the files. */
    public void clear() {
        List<StoredDownload> removed = List.copyOf(downloads.values());
        downloads.clear();
        for (StoredDownload download : removed) {
            try {
                Files.deleteIfExists(download.file());
            } catch (IOException ignored) {
                // The work directory is deleted when the emulator closes.
            }
        }
    }
}
