package com.foretaste.infrastructure.organisation;

import com.foretaste.application.platform.Instrument;
import com.foretaste.domain.platform.organisation.Organisation;
import com.foretaste.domain.platform.organisation.OrganisationEvent;
import com.foretaste.domain.platform.organisation.OrganisationState;
import com.foretaste.domain.shared.OrganisationId;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * An organisation's register as the platform sees it: a stream like any instrument's, so that audit
 * (history, as-of, verification, export) covers registrations, users and auditor assignments. Its only
 * party is the organisation; no business date changes it, so the end of day never visits it.
 */
@Component
class OrganisationInstrument implements Instrument<OrganisationState, OrganisationEvent> {

    static final String TYPE = "organisations";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String aggregateType() {
        return OrganisationAggregate.AGGREGATE_TYPE;
    }

    @Override
    public Class<OrganisationEvent> eventType() {
        return OrganisationEvent.class;
    }

    @Override
    public OrganisationState initial() {
        return Organisation.initialState();
    }

    @Override
    public OrganisationState evolve(OrganisationState state, OrganisationEvent event) {
        return Organisation.evolve(state, event);
    }

    @Override
    public boolean exists(OrganisationState state) {
        return state instanceof OrganisationState.Registered;
    }

    @Override
    public Set<OrganisationId> parties(OrganisationState state) {
        return Organisation.parties(state);
    }

    @Override
    public Optional<LocalDate> nextAttention(OrganisationState state) {
        return Optional.empty();
    }

    @Override
    public Object observe(String aggregateId, LocalDate date) {
        throw new UnsupportedOperationException("the end of day never visits an organisation's register");
    }

    @Override
    public int endOfDayOrder() {
        return 0;
    }
}
