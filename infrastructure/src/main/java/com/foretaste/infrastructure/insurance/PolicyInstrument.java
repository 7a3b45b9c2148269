package com.foretaste.infrastructure.insurance;

import com.foretaste.application.platform.Instrument;
import com.foretaste.domain.insurance.policy.Policy;
import com.foretaste.domain.insurance.policy.PolicyCommand;
import com.foretaste.domain.insurance.policy.PolicyEvent;
import com.foretaste.domain.insurance.policy.PolicyId;
import com.foretaste.domain.insurance.policy.PolicyState;
import com.foretaste.domain.shared.OrganisationId;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * The insurance policy as the platform sees it: type "policies" (so /api/audit/policies/{id} serves its
 * history, as-of states and evidence), its parties, and the end of day's visits (lapse, expiry, waiting
 * periods, claim payments overdue), after the agreements' of the same day.
 */
@Component
class PolicyInstrument implements Instrument<PolicyState, PolicyEvent> {

    static final String TYPE = "policies";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String aggregateType() {
        return PolicyAggregate.AGGREGATE_TYPE;
    }

    @Override
    public Class<PolicyEvent> eventType() {
        return PolicyEvent.class;
    }

    @Override
    public PolicyState initial() {
        return Policy.initialState();
    }

    @Override
    public PolicyState evolve(PolicyState state, PolicyEvent event) {
        return Policy.evolve(state, event);
    }

    @Override
    public boolean exists(PolicyState state) {
        return !(state instanceof PolicyState.None);
    }

    @Override
    public Set<OrganisationId> parties(PolicyState state) {
        return Policy.parties(state);
    }

    @Override
    public Optional<LocalDate> nextAttention(PolicyState state) {
        return Policy.nextAttention(state);
    }

    @Override
    public Object observe(String aggregateId, LocalDate date) {
        return ExecutePolicyCommand.of(new PolicyCommand.ObserveBusinessDate(PolicyId.parse(aggregateId), date));
    }

    @Override
    public int endOfDayOrder() {
        return 200;
    }
}
