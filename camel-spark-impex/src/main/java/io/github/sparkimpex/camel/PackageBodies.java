package io.github.sparkimpex.camel;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import io.github.sparkimpex.client.PackageSource;
import org.apache.camel.Exchange;
import org.apache.camel.WrappedFile;

/**
 * Reads the package to import from the message body without loading it into memory: files are sent as they are,
 * anything else is spooled to a temporary file first.
 */
final class PackageBodies {

    static final String ACCEPTED = "File, Path, GenericFile (from file: and similar consumers), InputStream or byte[]";

    private PackageBodies() {
    }

    static PackageSource toSource(Exchange exchange, String spoolDirectory) {
        Object body = exchange.getMessage().getBody();
        if (body instanceof WrappedFile<?> wrapped && wrapped.getFile() instanceof File file) {
            return PackageSource.ofFile(file.toPath());
        }
        if (body instanceof File file) {
            return PackageSource.ofFile(file.toPath());
        }
        if (body instanceof Path path) {
            return PackageSource.ofFile(path);
        }
        Path spool = spoolDirectory == null ? null : Path.of(spoolDirectory);
        if (body instanceof byte[] bytes) {
            return PackageSource.spool(new ByteArrayInputStream(bytes), spool);
        }
        InputStream stream = body == null ? null : exchange.getContext().getTypeConverter().tryConvertTo(InputStream.class, exchange, body);
        if (stream == null) {
            throw new IllegalArgumentException("The import body must be the package: " + ACCEPTED + "; got "
                                               + (body == null ? "no body" : body.getClass().getName()));
        }
        try (InputStream in = stream) {
            return PackageSource.spool(in, spool);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
