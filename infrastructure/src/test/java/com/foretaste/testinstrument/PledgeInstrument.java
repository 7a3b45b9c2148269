package com.foretaste.testinstrument;

import com.foretaste.application.platform.Instrument;
import com.foretaste.domain.shared.OrganisationId;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/** The pledge as the platform sees it. No business date changes a pledge, so the end of day never visits one. */
public class PledgeInstrument implements Instrument<PledgeState, PledgeEvent> {

    public static final String TYPE = "pledges";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String aggregateType() {
        return PledgeAggregate.AGGREGATE_TYPE;
    }

    @Override
    public Class<PledgeEvent> eventType() {
        return PledgeEvent.class;
    }

    @Override
    public PledgeState initial() {
        return new PledgeState.None();
    }

    @Override
    public PledgeState evolve(PledgeState state, PledgeEvent event) {
        return Pledge.evolve(state, event);
    }

    @Override
    public boolean exists(PledgeState state) {
        return !(state instanceof PledgeState.None);
    }

    @Override
    public Set<OrganisationId> parties(PledgeState state) {
        return Pledge.parties(state);
    }

    @Override
    public Optional<LocalDate> nextAttention(PledgeState state) {
        return Optional.empty();
    }

    @Override
    public Object observe(String aggregateId, LocalDate date) {
        throw new UnsupportedOperationException("the end of day never visits a pledge");
    }

    @Override
    public int endOfDayOrder() {
        return 900;
    }
}
