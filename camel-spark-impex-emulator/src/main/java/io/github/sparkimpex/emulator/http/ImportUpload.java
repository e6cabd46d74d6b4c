package io.github.sparkimpex.emulator.http;

import io.github.sparkimpex.emulator.core.ApiException;
import io.github.sparkimpex.emulator.model.Ids;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.form.FormData;
import io.undertow.server.handlers.form.FormDataParser;
import io.undertow.server.handlers.form.FormParserFactory;
import io.undertow.server.handlers.form.MultiPartParserDefinition;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The multipart body of {@code POST /{tenant}/api/v4/import}, parsed with Undertow's parser, which spools file
 * parts to disk: a package is never held on the heap. The package is moved into the work directory, where it
 * stays until its job ends.
 */
public final class ImportUpload {

    /** Room for the multipart framing and the {@code importRequestEntity} part around the package. */
    static final long MULTIPART_ALLOWANCE = 64 * 1024;

    private final Path packageFile;
    private final String importRequestEntity;

    private ImportUpload(Path packageFile, String importRequestEntity) {
        this.packageFile = packageFile;
        this.importRequestEntity = importRequestEntity;
    }

    /** The uploaded ZIP, now owned by the caller. */
    public Path packageFile() {
        return packageFile;
    }

    /** The {@code importRequestEntity} text, or {@code null} when it was not sent. */
    public String importRequestEntity() {
        return importRequestEntity;
    }

    /**
     * @throws ApiException 415 without multipart, 413 over {@code maxPackageSize}, 400 without a {@code file}
     */
    public static ImportUpload read(HttpServerExchange exchange, Path uploadDirectory, long maxPackageSize)
            throws IOException {
        long declared = exchange.getRequestContentLength();
        if (declared > maxPackageSize + MULTIPART_ALLOWANCE) {
            // Clearly too big: drain without spooling to disk, then refuse (the error handler drains).
            throw tooLarge(declared, maxPackageSize);
        }
        MultiPartParserDefinition multipart = new MultiPartParserDefinition(uploadDirectory)
                .setDefaultEncoding(StandardCharsets.UTF_8.name());
        FormParserFactory factory = FormParserFactory.builder(false).addParsers(multipart).build();
        try (FormDataParser parser = factory.createParser(exchange)) {
            if (parser == null) {
                throw new ApiException(415, "UNSUPPORTED_MEDIA_TYPE",
                        "An import is sent as multipart/form-data with a 'file' part");
            }
            FormData form = parseForm(parser);
            Path packageFile = movePackage(form.getFirst("file"), uploadDirectory, maxPackageSize);
            try {
                return new ImportUpload(packageFile, text(form.getFirst("importRequestEntity")));
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(packageFile);
                throw e;
            }
        }
    }

    private static FormData parseForm(FormDataParser parser) {
        try {
            return parser.parseBlocking();
        } catch (IOException e) {
            throw ApiException.badRequest("INVALID_MULTIPART", "The multipart body cannot be read: " + e.getMessage());
        }
    }

    private static Path movePackage(FormData.FormValue file, Path uploadDirectory, long maxPackageSize)
            throws IOException {
        if (file == null || !file.isFileItem()) {
            throw ApiException.badRequest("MISSING_FILE", "The import needs the package in a 'file' part "
                    + "(with a filename, e.g. package.zip)");
        }
        long size = file.getFileItem().getFileSize();
        if (size > maxPackageSize) {
            throw tooLarge(size, maxPackageSize);
        }
        Path target = uploadDirectory.resolve("import-" + Ids.random() + ".zip");
        file.getFileItem().write(target);
        return target;
    }

    /** A text field, or a JSON file part some clients send instead. */
    private static String text(FormData.FormValue value) throws IOException {
        if (value == null) {
            return null;
        }
        if (value.isFileItem()) {
            try (InputStream in = value.getFileItem().getInputStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        return value.getValue();
    }

    private static ApiException tooLarge(long size, long maxPackageSize) {
        return new ApiException(413, "PACKAGE_TOO_LARGE", "The package is " + size
                + " bytes; the limit is " + maxPackageSize + " bytes")
                .withDetail("max_package_size", maxPackageSize);
    }
}
