package com.foretaste.infrastructure.security;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How passwords are kept: only as bcrypt hashes, in Spring Security's encoded form ({@code {bcrypt}...}).
 * A password chosen through the API is at least {@value #MIN_LENGTH} characters and at most
 * {@value #MAX_BYTES} bytes (bcrypt reads no further), and never a published demo password. Configuration
 * may give a bcrypt hash or, for the embedded demo and tests, {@code {noop}plain}, which is hashed before
 * it is stored. No password, plain or hashed, is ever logged or put in an event.
 */
public final class Passwords {

    static final int MIN_LENGTH = 12;
    static final int MAX_BYTES = 72;
    static final List<String> DEMO_PASSWORDS = List.of("demo");
    private static final String NOOP = "{noop}";
    private static final String BCRYPT = "{bcrypt}";

    /** A password as a person typed it, or as configuration gives it (an encoded form). */
    public sealed interface Secret {
        record Typed(String password) implements Secret {
            @Override
            public String toString() {
                return "Typed[****]";
            }
        }

        record Configured(String encoded) implements Secret {
            @Override
            public String toString() {
                return "Configured[****]";
            }
        }
    }

    private final PasswordEncoder encoder;

    /** {@code strength} is bcrypt's cost: 10 by default, lower only where speed matters more than secrecy (tests). */
    Passwords(int strength) {
        this.encoder = new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder(strength)));
    }

    PasswordEncoder encoder() {
        return encoder;
    }

    /** Why a typed password cannot be chosen, if it cannot. */
    public static Optional<String> refusal(String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("a password has at least " + MIN_LENGTH + " characters");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of("a password has at most " + MAX_BYTES + " bytes in UTF-8");
        }
        if (DEMO_PASSWORDS.contains(password)) {
            return Optional.of("the demo passwords are published and cannot be chosen");
        }
        return Optional.empty();
    }

    /** Whether a configured encoded password is one of the published demo passwords. */
    boolean isDemo(String configured) {
        return DEMO_PASSWORDS.stream().anyMatch(demo -> configured.equals(NOOP + demo)
                || configured.startsWith(BCRYPT) && encoder.matches(demo, configured));
    }

    String hashForStorage(Secret secret) {
        return switch (secret) {
            case Secret.Typed typed -> encoder.encode(typed.password());
            case Secret.Configured c when c.encoded().startsWith(NOOP) -> encoder.encode(c.encoded().substring(NOOP.length()));
            case Secret.Configured c when c.encoded().startsWith(BCRYPT) -> c.encoded();
            case Secret.Configured c -> throw new IllegalStateException("a configured password is {bcrypt}<hash>"
                    + " or, for a demo, {noop}<password>; no other form is kept");
        };
    }
}
