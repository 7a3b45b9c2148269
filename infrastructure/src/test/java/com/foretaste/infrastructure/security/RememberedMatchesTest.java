package com.foretaste.infrastructure.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class RememberedMatchesTest {

    /** Real bcrypt (cost 4), counting how often it is asked. */
    private static final class CountedBcrypt implements PasswordEncoder {
        private final PasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
        private final AtomicInteger checks = new AtomicInteger();

        @Override
        public String encode(CharSequence raw) {
            return bcrypt.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            checks.incrementAndGet();
            return bcrypt.matches(raw, encoded);
        }
    }

    private final CountedBcrypt bcrypt = new CountedBcrypt();
    private final RememberedMatches encoder = new RememberedMatches(bcrypt, Duration.ofMinutes(5), 100);

    @Test
    void a_password_that_matched_is_not_checked_with_bcrypt_again_while_remembered() {
        String hash = bcrypt.encode("correct horse battery");

        assertThat(encoder.matches("correct horse battery", hash)).isTrue();
        assertThat(encoder.matches("correct horse battery", hash)).isTrue();
        assertThat(encoder.matches("correct horse battery", hash)).isTrue();

        assertThat(bcrypt.checks).hasValue(1);
    }

    @Test
    void a_wrong_password_is_checked_with_bcrypt_every_time_and_never_remembered() {
        String hash = bcrypt.encode("correct horse battery");
        encoder.matches("correct horse battery", hash);

        assertThat(encoder.matches("wrong horse battery", hash)).isFalse();
        assertThat(encoder.matches("wrong horse battery", hash)).isFalse();

        assertThat(bcrypt.checks).hasValue(3);
    }

    @Test
    void a_changed_password_has_another_hash_so_the_old_password_no_longer_matches() {
        String before = bcrypt.encode("correct horse battery");
        String after = bcrypt.encode("a new and longer secret");
        encoder.matches("correct horse battery", before);

        assertThat(encoder.matches("correct horse battery", after)).isFalse();
        assertThat(encoder.matches("a new and longer secret", after)).isTrue();
    }

    @Test
    void a_match_is_forgotten_when_its_time_is_up() {
        RememberedMatches forgetful = new RememberedMatches(bcrypt, Duration.ZERO, 100);
        String hash = bcrypt.encode("correct horse battery");

        forgetful.matches("correct horse battery", hash);
        forgetful.matches("correct horse battery", hash);

        assertThat(bcrypt.checks).hasValue(2);
    }
}
