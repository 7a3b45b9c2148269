package com.foretaste.testinstrument;

import com.foretaste.domain.shared.Decision;
import com.foretaste.infrastructure.axon.CommandRejectedException;
import com.foretaste.infrastructure.axon.MetadataKeys;
import com.foretaste.infrastructure.platform.CommandOutcome;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;

/** The Axon shell of the pledge, as thin as the agreement's: decide, apply, answer with the outcome. */
@Aggregate
public class PledgeAggregate {

    public static final String AGGREGATE_TYPE = "PledgeAggregate";

    @AggregateIdentifier
    private String pledgeId;
    private PledgeState state = new PledgeState.None();

    protected PledgeAggregate() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public CommandOutcome handle(ExecutePledgeCommand envelope,
                                 @MetaDataValue(MetadataKeys.BUSINESS_DATE) String businessDate) {
        return switch (Pledge.decide(envelope.command(), state, LocalDate.parse(businessDate))) {
            case Decision.Accepted<PledgeEvent> accepted -> {
                accepted.events().forEach(AggregateLifecycle::apply);
                yield CommandOutcome.of(AGGREGATE_TYPE, pledgeId, AggregateLifecycle.getVersion(), state,
                        accepted.events().size());
            }
            case Decision.Rejected<PledgeEvent> rejected -> throw new CommandRejectedException(rejected.rejection());
        };
    }

    @EventSourcingHandler
    void on(PledgeEvent event) {
        pledgeId = event.pledgeId();
        state = Pledge.evolve(state, event);
    }
}
