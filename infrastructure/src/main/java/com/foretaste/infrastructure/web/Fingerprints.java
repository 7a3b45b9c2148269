package com.foretaste.infrastructure.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The fingerprint kept with an Idempotency-Key: SHA-256 of the method, path, query and body. The value
 * of a JSON body's {@code password} member is left out, so that no fast hash of a password is ever
 * stored (passwords are kept only as bcrypt hashes); a repeat that differs only in it is the same request.
 */
final class Fingerprints {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SECRET = "password";

    private Fingerprints() {
    }

    static String of(CachedBodyRequest request) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((request.getMethod() + " " + request.getRequestURI() + "?" + request.getQueryString() + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest(withoutSecrets(request.body())));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every JVM provides SHA-256", impossible);
        }
    }

    private static byte[] withoutSecrets(byte[] body) {
        try {
            if (JSON.readTree(body) instanceof ObjectNode object && object.has(SECRET)) {
                object.put(SECRET, "(left out)");
                return JSON.writeValueAsBytes(object);
            }
        } catch (IOException notJson) {
            // fingerprinted as sent
        }
        return body;
    }
}
