package com.foretaste.infrastructure.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.function.Consumer;

/**
 * An identity provider for tests: an RSA key pair made here, its public half served as a JWK Set on
 * 127.0.0.1, and tokens signed with it (or, to be refused, with a stranger's key under the same key id).
 */
final class TestIdentityProvider {

    static final String ISSUER = "https://idp.test.foretaste/realms/shaanxi";
    private static final String KEY_ID = "test-key-1";

    private final RSAKey key = generate();
    private final RSAKey stranger = generate();
    private final HttpServer server;

    TestIdentityProvider() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] jwks = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        server.createContext("/jwks", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, jwks.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(jwks);
            }
        });
        server.start();
    }

    String jwkSetUri() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/jwks";
    }

    /** A token valid for an hour from {@code now}, for {@code person} of {@code organisation} in {@code role}. */
    String token(Instant now, String person, String organisation, String role) {
        return token(claims(now, person, organisation, role), key);
    }

    /** A token changed from the valid one by {@code change}. */
    String token(Instant now, Consumer<JWTClaimsSet.Builder> change) {
        JWTClaimsSet.Builder claims = claims(now, "li.wei", "6f1c2a4e-0001-4000-8000-000000000001", "LICENSOR");
        change.accept(claims);
        return token(claims, key);
    }

    /** A valid token in every claim, signed by a key the provider never published. */
    String forged(Instant now) {
        return token(claims(now, "li.wei", "6f1c2a4e-0001-4000-8000-000000000001", "LICENSOR"), stranger);
    }

    private static JWTClaimsSet.Builder claims(Instant now, String person, String organisation, String role) {
        return new JWTClaimsSet.Builder().issuer(ISSUER).subject(person).claim("org", organisation).claim("role", role)
                .claim("name", "Li Wei").issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(3600)));
    }

    private static String token(JWTClaimsSet.Builder claims, RSAKey signer) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(KEY_ID).build(), claims.build());
            jwt.sign(new RSASSASigner(signer));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048).keyID(KEY_ID).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
