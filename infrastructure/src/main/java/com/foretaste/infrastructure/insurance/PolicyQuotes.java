package com.foretaste.infrastructure.insurance;

import com.foretaste.application.calendar.PlatformCalendar;
import com.foretaste.application.insurance.CoveredAgreements;
import com.foretaste.application.insurance.SubsidyRules;
import com.foretaste.domain.insurance.policy.CoveredAgreement;
import com.foretaste.domain.insurance.policy.PolicyCommand;
import com.foretaste.domain.insurance.policy.PolicyEvent;
import com.foretaste.domain.insurance.policy.PolicyId;
import com.foretaste.domain.insurance.policy.PolicyTerms;
import com.foretaste.domain.shared.AgreementId;
import com.foretaste.domain.shared.DateRange;
import com.foretaste.domain.shared.Money;
import com.foretaste.domain.shared.OrganisationId;
import com.foretaste.domain.shared.Rate;
import com.foretaste.infrastructure.axon.CommandRejectedException;
import com.foretaste.infrastructure.web.CommandSender;
import com.foretaste.infrastructure.web.InvalidFieldException;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;
import java.util.UUID;

import static com.foretaste.infrastructure.web.RequestFields.field;
import static com.foretaste.infrastructure.web.RequestFields.money;
import static com.foretaste.infrastructure.web.RequestFields.rate;
import static com.foretaste.infrastructure.web.RequestFields.required;

/**
 * Turns an insurer's quote request into the policy's terms: the agreement's parties and currency read from
 * its events, the defaults of docs/domain/insurance.md filled in, the subsidy payer checked in the register.
 */
@Component
class PolicyQuotes {

    private final CoveredAgreements agreements;
    private final SubsidyRules subsidies;
    private final PolicyCommands commands;
    private final PlatformCalendar calendar;
    private final EventStore eventStore;
    private final BigDecimal secondApprovalAbove;

    PolicyQuotes(CoveredAgreements agreements, SubsidyRules subsidies, PolicyCommands commands, PlatformCalendar calendar,
                 EventStore eventStore, @Value("${foretaste.insurance.second-approval-above:100000.00}") BigDecimal threshold) {
        this.agreements = agreements;
        this.subsidies = subsidies;
        this.commands = commands;
        this.calendar = calendar;
        this.eventStore = eventStore;
        this.secondApprovalAbove = threshold;
    }

    PolicyView quote(PolicyRequests.Quote body, HttpServletRequest request) {
        AgreementId agreementId = new AgreementId(required(body.agreementId(), "agreementId"));
        CoveredAgreement agreement = agreements.find(agreementId).orElseThrow(() -> new InvalidFieldException("agreementId",
                "agreement-exists", "no agreement " + agreementId + " is on the platform"));
        PolicyTerms terms = terms(body, agreement, calendar.today());
        if (terms.subsidyPayer() != null) {
            subsidies.checkSubsidyPayer(terms.subsidyPayer()).ifPresent(r -> {
                throw new CommandRejectedException(r);
            });
        }
        PolicyId id = new PolicyId(CommandSender.idempotentId(request, "policy").orElseGet(UUID::randomUUID));
        return commands.execute(new PolicyCommand.QuotePolicy(id, PolicyCommands.actor(), terms, agreement), request);
    }

    /** The currency of the policy's amounts (its agreement's); CNY for a policy that does not exist. */
    Currency currency(UUID policyId) {
        Optional<? extends DomainEventMessage<?>> first = eventStore.readEvents(policyId.toString(), 0L).asStream().findFirst();
        return first.map(DomainEventMessage::getPayload).filter(PolicyEvent.PolicyQuoted.class::isInstance)
                .map(p -> ((PolicyEvent.PolicyQuoted) p).terms().coverageLimit().currency()).orElse(Money.CNY);
    }

    private PolicyTerms terms(PolicyRequests.Quote b, CoveredAgreement a, LocalDate today) {
        Currency currency = a.currency();
        LocalDate start = b.periodStart() == null ? today : b.periodStart();
        LocalDate last = b.periodEnd() == null ? field("periodEnd", () -> start.plusMonths(12).minusDays(1)) : b.periodEnd();
        if (last.isBefore(start)) {
            throw new InvalidFieldException("periodEnd", "policy-period-order", "the period ends on or after its start");
        }
        DateRange period = field("periodEnd", () -> new DateRange(start, last.plusDays(1)));
        LocalDate due = b.premiumDueOn() != null ? b.premiumDueOn() : earlier(today.plusDays(30), last);
        Rate subsidyShare = b.subsidyShare() == null ? Rate.ZERO : rate(b.subsidyShare(), "subsidyShare");
        return new PolicyTerms(PolicyCommands.actor().organisation(), party(b.insured(), a.licensor()),
                party(b.policyholder(), a.licensee()), a.agreementId(), money(b.coverageLimit(), "coverageLimit", currency),
                rate(b.indemnityRatio(), "indemnityRatio"),
                b.deductible() == null ? Money.zero(currency) : money(b.deductible(), "deductible", currency),
                money(b.insuredAmount(), "insuredAmount", currency), rate(b.premiumRate(), "premiumRate"), subsidyShare,
                b.subsidisedBy() == null ? null : new OrganisationId(b.subsidisedBy()), period, due,
                b.waitingPeriodDays() == null ? 90 : b.waitingPeriodDays(),
                b.paymentPeriodDays() == null ? 30 : b.paymentPeriodDays(),
                b.secondApprovalAbove() == null ? field("secondApprovalAbove", () -> new Money(secondApprovalAbove, currency))
                        : money(b.secondApprovalAbove(), "secondApprovalAbove", currency),
                Boolean.TRUE.equals(b.automaticFiling()));
    }

    private static OrganisationId party(UUID given, OrganisationId fallback) {
        return given == null ? fallback : new OrganisationId(given);
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
