package com.foretaste.domain.archfixture;

import jakarta.validation.constraints.NotNull;

/** Breaks the rules on purpose: a domain type that leans on Bean Validation. */
public record JakartaValidatedDomainType(@NotNull String name) {
}
