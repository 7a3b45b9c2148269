package com.foretaste.infrastructure.security;

import com.foretaste.domain.shared.Role;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Users that configuration seeds into an empty platform (`foretaste.security.users`), once, through the
 * same commands as the operator's API: each belongs to one organisation and acts in its role; an
 * auditor's {@code audits} become assignments of its firm to those organisations. Passwords are in
 * Spring Security's encoded form, {@code {bcrypt}...}, or {@code {noop}...} for the demo (hashed before
 * it is stored). {@code name} is the person's name (the username when not given).
 */
@ConfigurationProperties("foretaste.security")
public record UserProperties(List<User> users) {

    public UserProperties {
        users = users == null ? List.of() : List.copyOf(users);
    }

    public record User(String username, String name, String password, UUID organisation, Role role, Set<UUID> audits) {
        public User {
            audits = audits == null ? Set.of() : Set.copyOf(audits);
        }

        public String personName() {
            return name == null || name.isBlank() ? username : name;
        }

        @Override
        public String toString() {
            return "User[" + username + ", " + organisation + ", " + role + "]";
        }
    }
}
