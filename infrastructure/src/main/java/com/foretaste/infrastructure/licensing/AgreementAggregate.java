package com.foretaste.infrastructure.licensing;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.foretaste.domain.licensing.agreement.Agreement;
import com.foretaste.domain.licensing.agreement.AgreementEvent;
import com.foretaste.domain.licensing.agreement.AgreementState;
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
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The Axon shell of the licence agreement: all rules live in {@link Agreement}. The business date
 * comes from the command's metadata (stamped at dispatch from the platform calendar). The fields are
 * visible to Jackson so that snapshots serialize (revision 3 added the findings, docs/adr/0007).
 */
@Aggregate(snapshotTriggerDefinition = "agreementSnapshotTrigger", snapshotFilter = "agreementSnapshotFilter",
        cache = "agreementCache")
@Revision("3")
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
public class AgreementAggregate {

    /** The aggregate type the event store records for agreement streams. */
    public static final String AGGREGATE_TYPE = "AgreementAggregate";

    @AggregateIdentifier
    private String agreementId;
    private AgreementState state = Agreement.initialState();
    /**
     * The licensee's trial findings, which the agreement shows but no rule reads (so the domain state
     * leaves them out): kept here so that a command's answer needs no second read of the stream.
     */
    private List<AgreementEvent.TrialFindingsReported> findings = new ArrayList<>();

    protected AgreementAggregate() {
        // for Axon and for snapshots
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public CommandOutcome handle(ExecuteAgreementCommand envelope,
                                 @MetaDataValue(MetadataKeys.BUSINESS_DATE) String businessDate) {
        if (businessDate == null) {
            throw new IllegalStateException("a command reached agreement " + envelope.agreementId()
                    + " without the businessDate metadata that the command gateway stamps");
        }
        return switch (Agreement.decide(envelope.command(), state, LocalDate.parse(businessDate))) {
            case Decision.Accepted<AgreementEvent> accepted -> {
                accepted.events().forEach(AggregateLifecycle::apply);
                yield CommandOutcome.of(AGGREGATE_TYPE, agreementId, AggregateLifecycle.getVersion(), state,
                        new Shown(state, List.copyOf(findings)), accepted.events().size());
            }
            case Decision.Rejected<AgreementEvent> rejected -> throw new CommandRejectedException(rejected.rejection());
        };
    }

    @EventSourcingHandler
    void on(AgreementEvent event) {
        agreementId = event.agreementId().toString();
        state = Agreement.evolve(state, event);
        if (event instanceof AgreementEvent.TrialFindingsReported reported) {
            findings.add(reported);
        }
    }

    AgreementState state() {
        return state;
    }

    /** What the API shows of an agreement: its state and the trial findings reported under it. */
    record Shown(AgreementState state, List<AgreementEvent.TrialFindingsReported> findings) {
    }
}
