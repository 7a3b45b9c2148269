package com.foretaste.domain.archfixture;

import com.foretaste.infrastructure.time.ClockConfiguration;

/** Breaks the rules on purpose: a domain type that knows an infrastructure bean. */
public final class DomainTypeReachingIntoInfrastructure {

    public String describe(ClockConfiguration configuration) {
        return configuration.toString();
    }
}
