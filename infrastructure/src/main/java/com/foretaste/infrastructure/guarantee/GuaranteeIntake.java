package com.foretaste.infrastructure.guarantee;

import com.foretaste.application.calendar.PlatformCalendar;
import com.foretaste.application.guarantee.GuaranteedAgreements;
import com.foretaste.domain.guarantee.RiskSharing;
import com.foretaste.domain.guarantee.financing.CounterGuarantee;
import com.foretaste.domain.guarantee.financing.FinancingGuarantee;
import com.foretaste.domain.guarantee.financing.GuaranteeCommand;
import com.foretaste.domain.guarantee.financing.GuaranteeEvent;
import com.foretaste.domain.guarantee.financing.GuaranteeId;
import com.foretaste.domain.guarantee.financing.GuaranteeState;
import com.foretaste.domain.guarantee.financing.GuaranteeTerms;
import com.foretaste.domain.guarantee.financing.GuaranteedAgreement;
import com.foretaste.domain.shared.AgreementId;
import com.foretaste.domain.shared.DateRange;
import com.foretaste.domain.shared.Money;
import com.foretaste.domain.shared.OrganisationId;
import com.foretaste.infrastructure.web.CommandSender;
import com.foretaste.infrastructure.web.InvalidFieldException;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;
import java.util.UUID;

import static com.foretaste.infrastructure.web.RequestFields.field;
import static com.foretaste.infrastructure.web.RequestFields.money;
import static com.foretaste.infrastructure.web.RequestFields.oneOf;
import static com.foretaste.infrastructure.web.RequestFields.rate;
import static com.foretaste.infrastructure.web.RequestFields.required;

/**
 * Turns a party's request into the guarantee's terms (the agreement's parties, currency and outstanding amount read
 * from its events; the defaults of {@link GuaranteeRequests.Request} filled in; the programme's partners from its
 * name).
 */
@Component
class GuaranteeIntake {

    private final GuaranteedAgreements agreements;
    private final GuaranteeCommands commands;
    private final PlatformCalendar calendar;
    private final EventStore eventStore;
    private final GuaranteeProperties properties;

    GuaranteeIntake(GuaranteedAgreements agreements, GuaranteeCommands commands, PlatformCalendar calendar,
                    EventStore eventStore, GuaranteeProperties properties) {
        this.agreements = agreements;
        this.commands = commands;
        this.calendar = calendar;
        this.eventStore = eventStore;
        this.properties = properties;
    }

    GuaranteeView request(GuaranteeRequests.Request body, HttpServletRequest request) {
        AgreementId agreementId = new AgreementId(required(body.agreementId(), "agreementId"));
        GuaranteedAgreement agreement = agreements.find(agreementId).orElseThrow(() -> new InvalidFieldException(
                "agreementId", "agreement-exists", "no agreement " + agreementId + " is on the platform"));
        GuaranteeTerms terms = terms(body, agreement, calendar.today());
        GuaranteeId id = new GuaranteeId(CommandSender.idempotentId(request, "guarantee").orElseGet(UUID::randomUUID));
        return commands.execute(new GuaranteeCommand.RequestGuarantee(id, GuaranteeCommands.actor(), terms, agreement),
                request);
    }

    /** The guarantor approves; the shell reads its book in the approval's transaction ({@link GuarantorBooks}). */
    GuaranteeView approve(UUID guaranteeId, HttpServletRequest request) {
        return commands.execute(new GuaranteeCommand.ApproveGuarantee(new GuaranteeId(guaranteeId),
                GuaranteeCommands.actor(), null), request);
    }

    /** The currency of the guarantee's amounts (its agreement's); CNY for a guarantee that does not exist. */
    Currency currency(UUID guaranteeId) {
        return FinancingGuarantee.file(requested(guaranteeId)).map(f -> f.terms().cap().currency()).orElse(Money.CNY);
    }

    /** The guarantee as its request left it (its terms never change), or the initial state. */
    private GuaranteeState requested(UUID guaranteeId) {
        Optional<? extends DomainEventMessage<?>> first = eventStore.readEvents(guaranteeId.toString(), 0L).asStream().findFirst();
        return first.map(DomainEventMessage::getPayload).filter(GuaranteeEvent.GuaranteeRequested.class::isInstance)
                .map(p -> FinancingGuarantee.evolve(FinancingGuarantee.initialState(), (GuaranteeEvent) p))
                .orElse(FinancingGuarantee.initialState());
    }

    private GuaranteeTerms terms(GuaranteeRequests.Request b, GuaranteedAgreement a, LocalDate today) {
        Currency currency = a.currency();
        LocalDate start = b.termStart() == null ? today : b.termStart();
        LocalDate last = b.termEnd() == null ? field("termEnd", () -> start.plusMonths(12).minusDays(1)) : b.termEnd();
        if (last.isBefore(start)) {
            throw new InvalidFieldException("termEnd", "term-order", "the term ends on or after its start");
        }
        DateRange term = field("termEnd", () -> new DateRange(start, last.plusDays(1)));
        CounterGuarantee counter = b.counterGuarantee() == null ? null : new CounterGuarantee(
                oneOf(CounterGuarantee.Kind.class, b.counterGuarantee().kind(), "counterGuarantee.kind"),
                b.counterGuarantee().subject(), b.counterGuarantee().appraisedValue() == null ? null
                : money(b.counterGuarantee().appraisedValue(), "counterGuarantee.appraisedValue", currency));
        return new GuaranteeTerms(new OrganisationId(required(b.guarantor(), "guarantor")),
                b.beneficiary() == null ? a.licensor() : new OrganisationId(b.beneficiary()), a.licensee(), a.agreementId(),
                money(b.cap(), "cap", currency), rate(b.coverageRatio(), "coverageRatio"),
                rate(b.annualFeeRate(), "annualFeeRate"), term, counter, programme(b.programme()),
                b.secondApprovalAbove() == null
                        ? field("secondApprovalAbove", () -> new Money(properties.secondApprovalAbove(), currency))
                        : money(b.secondApprovalAbove(), "secondApprovalAbove", currency));
    }

    static RiskSharing programme(String name) {
        GuaranteeRequests.Programme programme = name == null ? GuaranteeRequests.Programme.NONE
                : oneOf(GuaranteeRequests.Programme.class, name, "programme");
        return switch (programme) {
            case NONE -> RiskSharing.none();
            case XIAN -> RiskSharing.xian();
            case ANHUI_4321 -> RiskSharing.anhui();
        };
    }
}
