package com.foretaste.infrastructure.security;

import com.foretaste.domain.shared.Role;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The platform's users (`foretaste.security.users`): each belongs to one organisation and acts in one
 * role; an auditor also names the organisations whose agreements it is assigned to audit. Passwords
 * are in Spring Security's encoded form, e.g. {@code {bcrypt}...}.
 */
@ConfigurationProperties("foretaste.security")
public record UserProperties(List<User> users) {

    public UserProperties {
        users = users == null ? List.of() : List.copyOf(users);
    }

    public record User(String username, String password, UUID organisation, Role role, Set<UUID> audits) {
        public User {
            audits = audits == null ? Set.of() : Set.copyOf(audits);
        }
    }
}
