package io.github.sparkimpex.emulator.model;

import java.io.IOException;
import java.io.OutputStream;

/**
 * The content of a service version: what an export packages and an import stores. Implementations are
 * immutable, so a package can be written from them without holding any lock on the tenant.
 */
public interface Payload {

    long size();

    /** Streams the content; never materialises it as a single array. */
    void writeTo(OutputStream out) throws IOException;
}
