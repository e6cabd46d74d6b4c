package io.github.sparkimpex.emulator.auth;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

/**
 * Writes access tokens shaped like Keycloak's JWTs, signed with HS256 and a key made per emulator. Clients that
 * read claims (the SDKs derive base URL and tenant from {@code iss} and {@code realm}) can do so; the emulator
 * itself validates tokens by lookup, not by signature.
 */
final class JwtWriter {

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final byte[] key = new byte[32];

    JwtWriter() {
        new SecureRandom().nextBytes(key);
    }

    String write(Map<String, Object> claims) {
        try {
            String header = encode(Map.of("alg", "HS256", "typ", "JWT"));
            String payload = encode(claims);
            String signingInput = header + "." + payload;
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return signingInput + "." + BASE64URL.encodeToString(mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required by every Java platform", e);
        }
    }

    private static String encode(Map<String, Object> json) {
        try {
            return BASE64URL.encodeToString(JSON.writeValueAsBytes(json));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
