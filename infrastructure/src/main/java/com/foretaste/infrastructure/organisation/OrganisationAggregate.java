package com.foretaste.infrastructure.organisation;

import com.foretaste.domain.platform.organisation.Organisation;
import com.foretaste.domain.platform.organisation.OrganisationEvent;
import com.foretaste.domain.platform.organisation.OrganisationState;
import com.foretaste.domain.shared.Decision;
import com.foretaste.infrastructure.axon.CommandRejectedException;
import com.foretaste.infrastructure.platform.CommandOutcome;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/** The Axon shell of an organisation's register: all rules live in {@link Organisation}. Never snapshotted. */
@Aggregate
public class OrganisationAggregate {

    /** The aggregate type the event store records for organisation streams. */
    public static final String AGGREGATE_TYPE = "OrganisationAggregate";

    @AggregateIdentifier
    private String organisationId;
    private OrganisationState state = Organisation.initialState();

    protected OrganisationAggregate() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public CommandOutcome handle(ExecuteOrganisationCommand envelope) {
        return switch (Organisation.decide(envelope.command(), state)) {
            case Decision.Accepted<OrganisationEvent> accepted -> {
                accepted.events().forEach(AggregateLifecycle::apply);
                yield CommandOutcome.of(AGGREGATE_TYPE, organisationId, AggregateLifecycle.getVersion(), state,
                        accepted.events().size());
            }
            case Decision.Rejected<OrganisationEvent> rejected -> throw new CommandRejectedException(rejected.rejection());
        };
    }

    @EventSourcingHandler
    void on(OrganisationEvent event) {
        organisationId = event.organisationId().toString();
        state = Organisation.evolve(state, event);
    }
}
