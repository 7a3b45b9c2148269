package com.foretaste.domain.archfixture;

import lombok.archfixture.LombokStandIn;

/** Breaks the rules on purpose: a domain type carrying a (stand-in) Lombok annotation. */
@LombokStandIn
public final class LombokAnnotatedDomainType {
}
