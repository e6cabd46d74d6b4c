package io.github.sparkimpex.testing;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a {@code multipart/form-data} body part by part straight from the request stream, holding no more than one
 * small buffer, so a test server can take a 200 MB upload inside a 96 MB heap (WireMock would buffer it whole).
 *
 * <p>Use: {@code while ((part = reader.next()) != null) reader.readBody(sink);}
 */
public final class MultipartReader {

    private static final Pattern BOUNDARY = Pattern.compile("(?i)boundary=(\"([^\"]+)\"|[^;\\s]+)");
    private static final Pattern NAME = Pattern.compile("(?i)(?:^|;)\\s*name=\"([^\"]*)\"");
    private static final Pattern FILENAME = Pattern.compile("(?i);\\s*filename=\"([^\"]*)\"");

    private final InputStream in;
    /** CRLF "--" boundary: what ends every part body. */
    private final byte[] delimiter;
    private final byte[] buffer = new byte[64 * 1024];
    private int pos;
    private int limit;
    private boolean bodyPending;

    public MultipartReader(InputStream in, String contentType) throws IOException {
        Matcher boundary = BOUNDARY.matcher(contentType == null ? "" : contentType);
        if (!boundary.find()) {
            throw new IOException("Not a multipart body, no boundary in Content-Type: " + contentType);
        }
        String value = boundary.group(2) != null ? boundary.group(2) : boundary.group(1);
        this.in = in;
        this.delimiter = ("\r\n--" + value).getBytes(StandardCharsets.ISO_8859_1);
        // The body opens with "--boundary" without the CRLF that comes before every later one: a virtual CRLF lets
        // one search find both. Whatever comes before it is preamble and is skipped.
        buffer[0] = '\r';
        buffer[1] = '\n';
        limit = 2;
        copyUntilDelimiter(OutputStream.nullOutputStream());
    }

    /** One part's headers; its body is read next with {@link #readBody}. */
    public record Part(String name, String filename, String contentType, Map<String, String> headers) {
    }

    /** The next part, or null after the closing boundary. The body of the previous part must have been read. */
    public Part next() throws IOException {
        if (bodyPending) {
            throw new IllegalStateException("Read the body of the previous part first");
        }
        require(2);
        if (buffer[pos] == '-' && buffer[pos + 1] == '-') {
            return null;
        }
        expectCrlf();
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line = readLine(); !line.isEmpty(); line = readLine()) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
            }
        }
        String disposition = headers.getOrDefault("content-disposition", "");
        bodyPending = true;
        return new Part(group(NAME, disposition), group(FILENAME, disposition), headers.get("content-type"), headers);
    }

    /** Streams the current part's body to {@code sink} and returns its length in bytes. */
    public long readBody(OutputStream sink) throws IOException {
        if (!bodyPending) {
            throw new IllegalStateException("No part to read: call next() first");
        }
        bodyPending = false;
        return copyUntilDelimiter(sink);
    }

    /** The current part's body as text; for the small form fields only. */
    public String readText() throws IOException {
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        readBody(text);
        return text.toString(StandardCharsets.UTF_8);
    }

    private long copyUntilDelimiter(OutputStream sink) throws IOException {
        long copied = 0;
        while (true) {
            int found = indexOfDelimiter();
            if (found >= 0) {
                sink.write(buffer, pos, found - pos);
                copied += found - pos;
                pos = found + delimiter.length;
                return copied;
            }
            // The last delimiter.length - 1 bytes may be the start of a delimiter cut by the buffer's end: keep them.
            int safe = Math.max(pos, limit - delimiter.length + 1);
            sink.write(buffer, pos, safe - pos);
            copied += safe - pos;
            pos = safe;
            if (!fill()) {
                throw new EOFException("The multipart body ended before its closing boundary");
            }
        }
    }

    private int indexOfDelimiter() {
        int last = limit - delimiter.length;
        for (int i = pos; i <= last; i++) {
            if (buffer[i] == delimiter[0]) {
                int j = 1;
                while (j < delimiter.length && buffer[i + j] == delimiter[j]) {
                    j++;
                }
                if (j == delimiter.length) {
                    return i;
                }
            }
        }
        return -1;
    }

    private String readLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        while (true) {
            require(1);
            byte b = buffer[pos++];
            if (b == '\r') {
                require(1);
                if (buffer[pos] == '\n') {
                    pos++;
                    return line.toString(StandardCharsets.UTF_8);
                }
            }
            line.write(b);
            if (line.size() > 8192) {
                throw new IOException("A multipart header line is longer than 8 KB");
            }
        }
    }

    private void expectCrlf() throws IOException {
        if (buffer[pos] != '\r' || buffer[pos + 1] != '\n') {
            throw new IOException("Malformed multipart body: no CRLF after a boundary");
        }
        pos += 2;
    }

    private void require(int bytes) throws IOException {
        while (limit - pos < bytes) {
            if (!fill()) {
                throw new EOFException("The multipart body ended inside a boundary or part header");
            }
        }
    }

    /** Moves the unread bytes to the front and reads more after them; false at the end of the stream. */
    private boolean fill() throws IOException {
        System.arraycopy(buffer, pos, buffer, 0, limit - pos);
        limit -= pos;
        pos = 0;
        int read = in.read(buffer, limit, buffer.length - limit);
        if (read < 0) {
            return false;
        }
        limit += read;
        return true;
    }

    private static String group(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? matcher.group(1) : null;
    }
}
