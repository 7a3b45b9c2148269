package com.foretaste.infrastructure.guarantee;

import com.foretaste.application.guarantee.AgreementFigures;
import com.foretaste.application.guarantee.GuaranteeFollowing;
import com.foretaste.application.guarantee.GuaranteedAgreements;
import com.foretaste.application.guarantee.PlatformGuaranteeCommands;
import com.foretaste.domain.guarantee.financing.GuaranteeId;
import com.foretaste.domain.insurance.policy.ClaimId;
import com.foretaste.domain.insurance.policy.PolicyEvent;
import com.foretaste.domain.insurance.policy.PolicyId;
import com.foretaste.domain.licensing.agreement.Agreement;
import com.foretaste.domain.licensing.agreement.AgreementEvent;
import com.foretaste.domain.shared.AgreementId;
import com.foretaste.domain.shared.Money;
import com.foretaste.infrastructure.axon.MetadataKeys;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The guarantee process manager's ports on the platform: its own tables, the event store and the command gateway. */
final class GuaranteeProcessPorts {

    private GuaranteeProcessPorts() {
    }

    static GuaranteeFollowing following(JdbcTemplate jdbc) {
        return new GuaranteeFollowing() {
            @Override
            public void follow(AgreementId agreementId, GuaranteeId guaranteeId) {
                jdbc.update("INSERT INTO guarantee_coverage (agreement_id, guarantee_id) SELECT ?, ? WHERE NOT EXISTS"
                                + " (SELECT 1 FROM guarantee_coverage WHERE agreement_id = ? AND guarantee_id = ?)",
                        agreementId.value(), guaranteeId.value(), agreementId.value(), guaranteeId.value());
            }

            @Override
            public List<GuaranteeId> guaranteesOf(AgreementId agreementId) {
                return jdbc.queryForList("SELECT guarantee_id FROM guarantee_coverage WHERE agreement_id = ?"
                        + " ORDER BY guarantee_id", UUID.class, agreementId.value()).stream().map(GuaranteeId::new).toList();
            }

            @Override
            public Money indemnityPaid(AgreementId agreementId, LocalDate defaultedOn, String claimId, Money amount) {
                Long known = jdbc.queryForObject("SELECT count(*) FROM guarantee_indemnity WHERE claim_id = ?", Long.class,
                        claimId);
                if (known == null || known == 0) {
                    jdbc.update("INSERT INTO guarantee_indemnity (claim_id, agreement_id, defaulted_on, amount, currency)"
                                    + " VALUES (?, ?, ?, ?, ?)", claimId, agreementId.value(), defaultedOn, amount.amount(),
                            amount.currency().getCurrencyCode());
                }
                BigDecimal total = jdbc.queryForObject("SELECT COALESCE(SUM(amount), 0) FROM guarantee_indemnity"
                        + " WHERE agreement_id = ? AND defaulted_on = ? AND currency = ?", BigDecimal.class,
                        agreementId.value(), defaultedOn, amount.currency().getCurrencyCode());
                return new Money(total, amount.currency());
            }
        };
    }

    static AgreementFigures figures(EventStore eventStore) {
        return new AgreementFigures() {
            @Override
            public Optional<Money> outstandingAfter(AgreementId agreementId, long sequence, LocalDate on) {
                List<AgreementEvent> events = eventStore.readEvents(agreementId.toString(), 0L).asStream()
                        .filter(m -> m.getSequenceNumber() <= sequence).map(DomainEventMessage::getPayload)
                        .filter(AgreementEvent.class::isInstance).map(AgreementEvent.class::cast).toList();
                return GuaranteedAgreements.outstanding(Agreement.replay(events), on);
            }

            @Override
            public Optional<ClaimedDefault> claimedDefault(PolicyId policyId, ClaimId claimId) {
                List<PolicyEvent> events = eventStore.readEvents(policyId.toString(), 0L).asStream()
                        .map(DomainEventMessage::getPayload).filter(PolicyEvent.class::isInstance)
                        .map(PolicyEvent.class::cast).toList();
                Optional<AgreementId> agreement = events.stream().filter(PolicyEvent.PolicyQuoted.class::isInstance)
                        .map(e -> ((PolicyEvent.PolicyQuoted) e).terms().agreement()).findFirst();
                Optional<LocalDate> defaultedOn = events.stream().filter(PolicyEvent.ClaimFiled.class::isInstance)
                        .map(PolicyEvent.ClaimFiled.class::cast).filter(f -> f.claimId().equals(claimId))
                        .map(PolicyEvent.ClaimFiled::defaultedOn).findFirst();
                return agreement.flatMap(a -> defaultedOn.map(d -> new ClaimedDefault(a, d)));
            }
        };
    }

    /**
     * Sends as the platform, with the command id derived from the causing event and that event's correlation id
     * and business date. A platform command is not a party's, so a running end of day does not hold it back.
     */
    static PlatformGuaranteeCommands commands(CommandGateway gateway) {
        return (command, commandId) -> {
            Map<String, Object> metadata = new HashMap<>();
            metadata.put(MetadataKeys.COMMAND_ID, commandId);
            metadata.put(MetadataKeys.DATE_DRIVEN, "true");
            CurrentUnitOfWork.ifStarted(uow -> {
                Object correlation = uow.getMessage().getMetaData().get(MetadataKeys.CORRELATION_ID);
                Object date = uow.getMessage().getMetaData().get(MetadataKeys.BUSINESS_DATE);
                if (correlation != null) {
                    metadata.put(MetadataKeys.CORRELATION_ID, correlation);
                }
                if (date != null) {
                    metadata.put(MetadataKeys.BUSINESS_DATE, date);
                }
            });
            gateway.sendAndWait(new GenericCommandMessage<>(new GenericMessage<>(commandId,
                    ExecuteGuaranteeCommand.of(command), metadata), ExecuteGuaranteeCommand.class.getName()));
        };
    }
}
