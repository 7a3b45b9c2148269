package com.foretaste.infrastructure.insurance;

import com.foretaste.domain.insurance.policy.Policy;
import com.foretaste.domain.insurance.policy.PolicyEvent;
import com.foretaste.domain.insurance.policy.PolicyState;
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

/**
 * The Axon shell of an insurance policy: all rules live in {@link Policy}. The business date comes from
 * the command's metadata. Policies hold few events and are never snapshotted; between commands they stay
 * in memory while their stream has not moved on (docs/adr/0011).
 */
@Aggregate(cache = "policyCache")
public class PolicyAggregate {

    /** The aggregate type the event store records for policy streams. */
    public static final String AGGREGATE_TYPE = "PolicyAggregate";

    @AggregateIdentifier
    private String policyId;
    private PolicyState state = Policy.initialState();

    protected PolicyAggregate() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public CommandOutcome handle(ExecutePolicyCommand envelope,
                                 @MetaDataValue(MetadataKeys.BUSINESS_DATE) String businessDate) {
        return switch (Policy.decide(envelope.command(), state, LocalDate.parse(businessDate))) {
            case Decision.Accepted<PolicyEvent> accepted -> {
                accepted.events().forEach(AggregateLifecycle::apply);
                yield CommandOutcome.of(AGGREGATE_TYPE, envelope.policyId(), AggregateLifecycle.getVersion(), state,
                        accepted.events().size());
            }
            case Decision.Rejected<PolicyEvent> rejected -> throw new CommandRejectedException(rejected.rejection());
        };
    }

    @EventSourcingHandler
    void on(PolicyEvent event) {
        policyId = event.policyId().toString();
        state = Policy.evolve(state, event);
    }
}
