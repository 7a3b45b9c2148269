package com.foretaste.infrastructure.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.security.crypto.password.PasswordEncoder;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;

/**
 * HTTP Basic presents the password with every request, and a bcrypt check costs tens of milliseconds
 * of CPU by design. This encoder remembers, for a while, that a presented password matched a stored
 * hash, so that a signed-in client pays bcrypt once per {@code ttl} instead of once per request.
 * <ul>
 *   <li>What is kept is the stored hash together with an HMAC of the presented password under a key
 *   drawn at start and never written anywhere: memory holds no password, and nothing that a password
 *   can be guessed against offline.</li>
 *   <li>A changed password has another stored hash, so it misses; a disabled user is refused before
 *   the password is looked at; only matches are kept, so a wrong password always pays bcrypt.</li>
 *   <li>The number of entries is bounded; each expires {@code ttl} after it was made.</li>
 * </ul>
 */
final class RememberedMatches implements PasswordEncoder {

    private static final String MAC = "HmacSHA256";
    private final PasswordEncoder encoder;
    private final SecretKeySpec key;
    private final Cache<String, Boolean> matches;

    RememberedMatches(PasswordEncoder encoder, Duration ttl, long maximumEntries) {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.encoder = encoder;
        this.key = new SecretKeySpec(secret, MAC);
        this.matches = Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(maximumEntries).build();
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return encoder.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword == null || encodedPassword == null) {
            return encoder.matches(rawPassword, encodedPassword);
        }
        String remembered = encodedPassword + "\n" + tag(rawPassword);
        if (matches.getIfPresent(remembered) != null) {
            return true;
        }
        boolean match = encoder.matches(rawPassword, encodedPassword);
        if (match) {
            matches.put(remembered, Boolean.TRUE);
        }
        return match;
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return encoder.upgradeEncoding(encodedPassword);
    }

    private String tag(CharSequence rawPassword) {
        try {
            Mac mac = Mac.getInstance(MAC);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(rawPassword.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException unavailable) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", unavailable);
        }
    }
}
