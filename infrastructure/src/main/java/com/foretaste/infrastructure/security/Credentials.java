package com.foretaste.infrastructure.security;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.util.Optional;

/**
 * Users' password hashes ({@code user_credential}), beside the event store and never in it: events are
 * exported to auditors. Written in the transaction of the command that registered the user.
 */
@Repository
public class Credentials {

    private final JdbcTemplate jdbc;
    private final Passwords passwords;

    Credentials(JdbcTemplate jdbc, Passwords passwords) {
        this.jdbc = jdbc;
        this.passwords = passwords;
    }

    /** Keeps the user's password as a hash: {@code secret} is a password or a configured encoded form. */
    public void store(String username, Passwords.Secret secret) {
        jdbc.update("INSERT INTO user_credential (username, password_hash) VALUES (?, ?)", username,
                passwords.hashForStorage(secret));
    }

    Optional<String> hash(String username) {
        return jdbc.queryForList("SELECT password_hash FROM user_credential WHERE username = ?", String.class, username)
                .stream().findFirst();
    }
}
