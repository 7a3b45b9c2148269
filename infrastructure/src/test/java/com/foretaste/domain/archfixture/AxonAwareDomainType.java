package com.foretaste.domain.archfixture;

import org.axonframework.modelling.command.AggregateLifecycle;

/** Breaks the rules on purpose: a domain type that publishes through Axon itself. */
public final class AxonAwareDomainType {

    public void start() {
        AggregateLifecycle.apply("started");
    }
}
