package com.foretaste.application.platform;

import com.foretaste.domain.shared.OrganisationId;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the platform needs to know of one kind of instrument (licence agreement, insurance policy,
 * financing guarantee) and nothing more: how its events fold into its state, who its parties are,
 * when the end of day must visit it next, and which command that visit sends. Audit, visibility,
 * read-model rebuild and the end-of-day run iterate the registered instruments and never name one.
 *
 * @param <S> the instrument's state family
 * @param <E> the instrument's event family
 */
public interface Instrument<S, E> {

    /** The name in the API and in the stream registry: "agreements", "policies", "guarantees". */
    String type();

    /** The aggregate type the event store records for its streams. */
    String aggregateType();

    Class<E> eventType();

    S initial();

    /** The domain's own pure evolve. */
    S evolve(S state, E event);

    default S replay(List<? extends E> events) {
        S state = initial();
        for (E event : events) {
            state = evolve(state, event);
        }
        return state;
    }

    /** Whether a state is that of an instrument that exists (the initial state is not). */
    boolean exists(S state);

    /** The organisations that are party to it: they, their auditors and the operator may see it. */
    Set<OrganisationId> parties(S state);

    /** The next business date on which the end of day must visit it; empty when no date will change it. */
    Optional<LocalDate> nextAttention(S state);

    /** The date-driven command that visits it on {@code date}, ready to send. */
    Object observe(String aggregateId, LocalDate date);

    /** Its position within a business day: instruments are visited in ascending order. */
    int endOfDayOrder();
}
