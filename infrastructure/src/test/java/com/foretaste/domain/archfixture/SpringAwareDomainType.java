package com.foretaste.domain.archfixture;

import org.springframework.util.Assert;

/** Breaks the rules on purpose: a domain type that validates with Spring. */
public record SpringAwareDomainType(String name) {

    public SpringAwareDomainType {
        Assert.hasText(name, "a name is required");
    }
}
