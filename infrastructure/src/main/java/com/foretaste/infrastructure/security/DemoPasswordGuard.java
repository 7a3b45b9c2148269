package com.foretaste.infrastructure.security;

import org.springframework.context.annotation.Profile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Outside the embedded demo, the service refuses to start while any user still has a demo
 * password: the demo users' password is published in the README.
 */
@Component
@Profile("postgres")
class DemoPasswordGuard {

    static final List<String> DEMO_PASSWORDS = List.of("demo");

    DemoPasswordGuard(ConfiguredUsers users, PasswordEncoder encoder) {
        for (ForetasteUser user : users.all()) {
            if (DEMO_PASSWORDS.stream().anyMatch(demo -> encoder.matches(demo, user.getPassword()))) {
                throw new IllegalStateException("user '" + user.getUsername() + "' still has the demo password;"
                        + " configure the deployment's own users (docs/operations.md) before running with"
                        + " the postgres profile");
            }
        }
    }
}
