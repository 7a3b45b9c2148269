package com.foretaste.infrastructure.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.Optional;

/** The authenticated user of the current request, if any. */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static Optional<ForetasteUser> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof ForetasteUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    public static ForetasteUser require() {
        return get().orElseThrow(() -> new IllegalStateException("no authenticated user on this request"));
    }
}
