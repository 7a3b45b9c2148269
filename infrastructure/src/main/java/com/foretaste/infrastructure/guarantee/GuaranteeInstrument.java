package com.foretaste.infrastructure.guarantee;

import com.foretaste.application.platform.Instrument;
import com.foretaste.domain.guarantee.financing.FinancingGuarantee;
import com.foretaste.domain.guarantee.financing.GuaranteeEvent;
import com.foretaste.domain.guarantee.financing.GuaranteeId;
import com.foretaste.domain.guarantee.financing.GuaranteeState;
import com.foretaste.domain.shared.OrganisationId;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * The financing guarantee as the platform sees it: type "guarantees" (so /api/audit/guarantees/{id} serves its
 * history, as-of states and evidence), its parties (guarantor, beneficiary, obligor), and the end of day's visits
 * (approval lapse, fee instalments overdue, expiry at term end), after the agreements' and the policies' of the
 * same day.
 */
@Component
class GuaranteeInstrument implements Instrument<GuaranteeState, GuaranteeEvent> {

    static final String TYPE = "guarantees";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String aggregateType() {
        return GuaranteeAggregate.AGGREGATE_TYPE;
    }

    @Override
    public Class<GuaranteeEvent> eventType() {
        return GuaranteeEvent.class;
    }

    @Override
    public GuaranteeState initial() {
        return FinancingGuarantee.initialState();
    }

    @Override
    public GuaranteeState evolve(GuaranteeState state, GuaranteeEvent event) {
        return FinancingGuarantee.evolve(state, event);
    }

    @Override
    public boolean exists(GuaranteeState state) {
        return !(state instanceof GuaranteeState.None);
    }

    @Override
    public Set<OrganisationId> parties(GuaranteeState state) {
        return FinancingGuarantee.parties(state);
    }

    @Override
    public Optional<LocalDate> nextAttention(GuaranteeState state) {
        return FinancingGuarantee.nextAttention(state);
    }

    @Override
    public Object observe(String aggregateId, LocalDate date) {
        return ExecuteGuaranteeCommand.of(FinancingGuarantee.observe(GuaranteeId.parse(aggregateId), date));
    }

    @Override
    public int endOfDayOrder() {
        return 300;
    }
}
