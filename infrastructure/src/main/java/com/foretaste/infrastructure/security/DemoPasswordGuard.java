package com.foretaste.infrastructure.security;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Outside the embedded demo, the service refuses to start while any user that configuration seeds
 * still has a demo password: the demo users' password is published in the README. (A password chosen
 * through the API can never be one, see {@link Passwords}.)
 */
@Component
@Profile("postgres")
class DemoPasswordGuard {

    DemoPasswordGuard(UserProperties users, Passwords passwords) {
        for (UserProperties.User user : users.users()) {
            if (user.password() != null && passwords.isDemo(user.password())) {
                throw new IllegalStateException("user '" + user.username() + "' still has the demo password;"
                        + " configure the deployment's own users (docs/operations.md) before running with"
                        + " the postgres profile");
            }
        }
    }
}
