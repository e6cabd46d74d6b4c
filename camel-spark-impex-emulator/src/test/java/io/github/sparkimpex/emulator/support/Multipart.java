package io.github.sparkimpex.emulator.support;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/** Builds a multipart/form-data body the way the SDKs send an import. */
public final class Multipart {

    private final String boundary = "----emulator-test-" + UUID.randomUUID();
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();

    public Multipart file(String name, String fileName, String contentType, byte[] content) {
        part(List.of("Content-Disposition: form-data; name=\"" + name + "\"; filename=\"" + fileName + "\"",
                "Content-Type: " + contentType), content);
        return this;
    }

    public Multipart field(String name, String value) {
        part(List.of("Content-Disposition: form-data; name=\"" + name + "\""), value.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    public String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    public byte[] bytes() {
        ByteArrayOutputStream complete = new ByteArrayOutputStream();
        complete.writeBytes(body.toByteArray());
        complete.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return complete.toByteArray();
    }

    private void part(List<String> headers, byte[] content) {
        write("--" + boundary + "\r\n");
        headers.forEach(header -> write(header + "\r\n"));
        write("\r\n");
        body.writeBytes(content);
        write("\r\n");
    }

    private void write(String text) {
        body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
