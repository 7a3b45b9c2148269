package com.foretaste.application.archfixture;

import com.foretaste.infrastructure.time.ClockConfiguration;

/** Breaks the rules on purpose: a use case that knows an infrastructure bean. */
public final class UseCaseReachingIntoInfrastructure {

    public String describe(ClockConfiguration configuration) {
        return configuration.toString();
    }
}
