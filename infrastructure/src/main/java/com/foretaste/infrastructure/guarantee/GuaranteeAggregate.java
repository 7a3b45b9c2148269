package com.foretaste.infrastructure.guarantee;

import com.foretaste.domain.guarantee.financing.FinancingGuarantee;
import com.foretaste.domain.guarantee.financing.GuaranteeCommand;
import com.foretaste.domain.guarantee.financing.GuaranteeCommand.ApproveGuarantee;
import com.foretaste.domain.guarantee.financing.GuaranteeEvent;
import com.foretaste.domain.guarantee.financing.GuaranteeState;
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
 * The Axon shell of a financing guarantee: all rules live in {@link FinancingGuarantee}. The business date
 * comes from the command's metadata; an approval's book for the limits from {@link GuarantorBooks}. Guarantees hold few events and are never snapshotted; between commands
 * they stay in memory while their stream has not moved on (docs/adr/0011).
 */
@Aggregate(cache = "guaranteeCache")
public class GuaranteeAggregate {

    /** The aggregate type the event store records for guarantee streams. */
    public static final String AGGREGATE_TYPE = "GuaranteeAggregate";

    @AggregateIdentifier
    private String guaranteeId;
    private GuaranteeState state = FinancingGuarantee.initialState();

    protected GuaranteeAggregate() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public CommandOutcome handle(ExecuteGuaranteeCommand envelope,
                                 @MetaDataValue(MetadataKeys.BUSINESS_DATE) String businessDate, GuarantorBooks books) {
        return switch (FinancingGuarantee.decide(withBook(envelope.command(), books), state, LocalDate.parse(businessDate))) {
            case Decision.Accepted<GuaranteeEvent> accepted -> {
                accepted.events().forEach(AggregateLifecycle::apply);
                yield CommandOutcome.of(AGGREGATE_TYPE, envelope.guaranteeId(), AggregateLifecycle.getVersion(), state,
                        accepted.events().size());
            }
            case Decision.Rejected<GuaranteeEvent> rejected -> throw new CommandRejectedException(rejected.rejection());
        };
    }

    /**
     * An approval is checked against the guarantor's book read here, in the transaction that will append the
     * approval, with the guarantor locked until it commits (docs/adr/0012): a book read before would miss an
     * approval committed meanwhile.
     */
    private GuaranteeCommand withBook(GuaranteeCommand command, GuarantorBooks books) {
        if (command instanceof ApproveGuarantee approve && approve.book() == null) {
            return FinancingGuarantee.file(state).<GuaranteeCommand>map(f -> new ApproveGuarantee(approve.guaranteeId(),
                    approve.actor(), books.lockedBookOf(f.terms(), approve.guaranteeId().value()))).orElse(command);
        }
        return command;
    }

    @EventSourcingHandler
    void on(GuaranteeEvent event) {
        guaranteeId = event.guaranteeId().toString();
        state = FinancingGuarantee.evolve(state, event);
    }
}
