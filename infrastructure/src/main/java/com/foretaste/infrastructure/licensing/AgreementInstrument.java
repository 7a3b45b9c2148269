package com.foretaste.infrastructure.licensing;

import com.foretaste.application.platform.Instrument;
import com.foretaste.domain.licensing.agreement.Agreement;
import com.foretaste.domain.licensing.agreement.AgreementCommand;
import com.foretaste.domain.licensing.agreement.AgreementEvent;
import com.foretaste.domain.licensing.agreement.AgreementState;
import com.foretaste.domain.licensing.agreement.DelinquencyAgeing;
import com.foretaste.domain.shared.AgreementId;
import com.foretaste.domain.shared.OrganisationId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The licence agreement as the platform sees it: its decider's evolve, parties and next attention. */
@Component
class AgreementInstrument implements Instrument<AgreementState, AgreementEvent> {

    static final String TYPE = "agreements";

    private final DelinquencyAgeing ageing;

    AgreementInstrument(@Value("${foretaste.licensing.ageing-bucket-starts:1,31,61,91,181}") List<Integer> bucketStarts) {
        this.ageing = new DelinquencyAgeing(bucketStarts);
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String aggregateType() {
        return AgreementAggregate.AGGREGATE_TYPE;
    }

    @Override
    public Class<AgreementEvent> eventType() {
        return AgreementEvent.class;
    }

    @Override
    public AgreementState initial() {
        return Agreement.initialState();
    }

    @Override
    public AgreementState evolve(AgreementState state, AgreementEvent event) {
        return Agreement.evolve(state, event);
    }

    @Override
    public boolean exists(AgreementState state) {
        return !(state instanceof AgreementState.None);
    }

    @Override
    public Set<OrganisationId> parties(AgreementState state) {
        return Agreement.parties(state);
    }

    @Override
    public Optional<LocalDate> nextAttention(AgreementState state) {
        return Agreement.nextAttention(state, ageing);
    }

    @Override
    public Object observe(String aggregateId, LocalDate date) {
        return ExecuteAgreementCommand.of(new AgreementCommand.ObserveBusinessDate(AgreementId.parse(aggregateId), date, ageing));
    }

    @Override
    public int endOfDayOrder() {
        return 100;
    }
}
