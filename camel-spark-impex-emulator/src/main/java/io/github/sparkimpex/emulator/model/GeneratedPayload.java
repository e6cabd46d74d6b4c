package io.github.sparkimpex.emulator.model;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.SplittableRandom;

/**
 * Pseudo-random bytes derived from a seed string: the same seed and size always give the same content, so
 * tests can compare what went out with what came back without the emulator keeping the bytes in memory.
 */
public final class GeneratedPayload implements Payload {

    private static final int CHUNK = 8192;

    private final String seed;
    private final long size;

    public GeneratedPayload(String seed, long size) {
        if (size < 0) {
            throw new IllegalArgumentException("Payload size cannot be negative: " + size);
        }
        this.seed = seed;
        this.size = size;
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public void writeTo(OutputStream out) throws IOException {
        SplittableRandom random = new SplittableRandom(seedValue());
        byte[] chunk = new byte[CHUNK];
        long remaining = size;
        while (remaining > 0) {
            int length = (int) Math.min(CHUNK, remaining);
            fill(random, chunk);
            out.write(chunk, 0, length);
            remaining -= length;
        }
    }

    /** Eight bytes per random draw: a 200 MB payload is generated in well under a second. */
    private static void fill(SplittableRandom random, byte[] chunk) {
        for (int i = 0; i < chunk.length; i += Long.BYTES) {
            long bits = random.nextLong();
            for (int b = 0; b < Long.BYTES; b++) {
                chunk[i + b] = (byte) (bits >>> (8 * b));
            }
        }
    }

    private long seedValue() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(seed.getBytes(StandardCharsets.UTF_8));
            long value = 0;
            for (int i = 0; i < Long.BYTES; i++) {
                value = (value << 8) | (digest[i] & 0xff);
            }
            return value;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    @Override
    public String toString() {
        return "GeneratedPayload[" + size + " bytes]";
    }
}
