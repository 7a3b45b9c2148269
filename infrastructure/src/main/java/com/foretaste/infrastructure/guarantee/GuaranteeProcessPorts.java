package com.foretaste.infrastructure.guarantee;

import com.foretaste.application.guarantee.AgreementFigures;
import com.foretaste.application.guarantee.GuaranteeFollowing;
import com.foretaste.application.guarantee.GuaranteedAgreements;
import com.foretaste.application.guarantee.PlatformGuaranteeCommands;
import com.foretaste.application.licensing.AgreementStates;
import com.foretaste.domain.guarantee.financing.GuaranteeId;
import com.foretaste.domain.insurance.policy.ClaimId;
import com.foretaste.domain.insurance.policy.PolicyEvent;
import com.foretaste.domain.insurance.policy.PolicyId;
import com.foretaste.domain.shared.AgreementId;
import com.foretaste.domain.shared.Money;
import com.foretaste.infrastructure.platform.InstrumentCoverage;
import com.foretaste.infrastructure.platform.PlatformCommandMessages;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The guarantee process manager's ports on the platform: its own tables, the event store and the command gateway. */
final class GuaranteeProcessPorts {

    private GuaranteeProcessPorts() {
    }

    static GuaranteeFollowing following(JdbcTemplate jdbc) {
        InstrumentCoverage guarantees = new InstrumentCoverage(jdbc, GuaranteeInstrument.TYPE);
        return new GuaranteeFollowing() {
            @Override
            public void follow(AgreementId agreementId, GuaranteeId guaranteeId) {
                guarantees.cover(agreementId, guaranteeId.value());
            }

            @Override
            public List<GuaranteeId> guaranteesOf(AgreementId agreementId) {
                return guarantees.of(agreementId).stream().map(GuaranteeId::new).toList();
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

    static AgreementFigures figures(AgreementStates agreements, EventStore eventStore) {
        return new AgreementFigures() {
            @Override
            public Optional<Money> outstandingAfter(AgreementId agreementId, long sequence, LocalDate on) {
                return GuaranteedAgreements.outstanding(agreements.after(agreementId, sequence), on);
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

    /** Sends as the platform, from the causing event ({@link PlatformCommandMessages}). */
    static PlatformGuaranteeCommands commands(CommandGateway gateway) {
        return (command, commandId) -> gateway.sendAndWait(PlatformCommandMessages.causedByCurrentEvent(
                ExecuteGuaranteeCommand.of(command), commandId));
    }
}
