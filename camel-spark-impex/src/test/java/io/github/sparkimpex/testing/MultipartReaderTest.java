package io.github.sparkimpex.testing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

import org.apache.hc.client5.http.entity.mime.ByteArrayBody;
import org.apache.hc.client5.http.entity.mime.HttpMultipartMode;
import org.apache.hc.client5.http.entity.mime.MultipartEntityBuilder;
import org.apache.hc.client5.http.entity.mime.StringBody;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpEntity;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The streaming test server is only as trustworthy as its multipart parsing: checked here on tricky bodies. */
class MultipartReaderTest {

    private static final String BOUNDARY = "aBoundary123";

    @Test
    void readsEachPartExactlyEvenWhenTheBodyLooksLikeABoundaryAndArrivesInCrumbs() throws IOException {
        byte[] file = new byte[200_000];
        new Random(7).nextBytes(file);
        // Near-misses of the delimiter, one of them straddling the reader's 64 KB buffer edge.
        byte[] nearMiss = ("\r\n--" + BOUNDARY.substring(0, 8)).getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(nearMiss, 0, file, 65_530, nearMiss.length);
        System.arraycopy(nearMiss, 0, file, 0, nearMiss.length);
        System.arraycopy(nearMiss, 0, file, file.length - nearMiss.length, nearMiss.length);
        HttpEntity entity = MultipartEntityBuilder.create().setMode(HttpMultipartMode.LEGACY).setBoundary(BOUNDARY)
                .addPart("importRequestEntity", new StringBody("{\"inputs\":{}}", ContentType.TEXT_PLAIN))
                .addPart("file", new ByteArrayBody(file, ContentType.create("application/zip"), "package.zip"))
                .build();

        MultipartReader reader = new MultipartReader(new Crumbs(bytes(entity)), entity.getContentType());

        MultipartReader.Part first = reader.next();
        assertThat(first.name()).isEqualTo("importRequestEntity");
        assertThat(first.filename()).isNull();
        assertThat(reader.readText()).isEqualTo("{\"inputs\":{}}");
        MultipartReader.Part second = reader.next();
        assertThat(second.name()).isEqualTo("file");
        assertThat(second.filename()).isEqualTo("package.zip");
        assertThat(second.contentType()).startsWith("application/zip");
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        assertThat(reader.readBody(received)).isEqualTo(file.length);
        assertThat(received.toByteArray()).isEqualTo(file);
        assertThat(reader.next()).isNull();
    }

    @Test
    void aBodyCutBeforeItsClosingBoundaryIsAnError() throws IOException {
        HttpEntity entity = MultipartEntityBuilder.create().setBoundary(BOUNDARY)
                .addPart("file", new ByteArrayBody(new byte[1000], ContentType.create("application/zip"), "package.zip"))
                .build();
        byte[] whole = bytes(entity);
        byte[] cut = Arrays.copyOf(whole, whole.length - 40);

        MultipartReader reader = new MultipartReader(new ByteArrayInputStream(cut), entity.getContentType());
        reader.next();

        assertThatThrownBy(() -> reader.readBody(OutputStream.nullOutputStream()))
                .isInstanceOf(EOFException.class);
    }

    private static byte[] bytes(HttpEntity entity) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        entity.writeTo(out);
        return out.toByteArray();
    }

    /** Hands out at most 7 bytes per read, as a slow socket might. */
    private static final class Crumbs extends FilterInputStream {
        Crumbs(byte[] bytes) {
            super(new ByteArrayInputStream(bytes));
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            return super.read(b, off, Math.min(len, 7));
        }
    }
}
