package com.foretaste.domain.archfixture;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Breaks the rules on purpose: a domain type that shapes its own JSON. */
public record JacksonAnnotatedDomainType(@JsonProperty("amount") String amount) {
}
