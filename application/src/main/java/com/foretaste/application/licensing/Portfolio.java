package com.foretaste.application.licensing;

import com.foretaste.domain.shared.AgreementId;
import com.foretaste.domain.shared.Money;
import com.foretaste.domain.shared.OrganisationId;
import com.foretaste.domain.shared.Rate;

import java.time.LocalDate;
import java.util.List;

/**
 * A licensor's portfolio (domain.md, "Dashboards"): trials running, how many finished trials became
 * licences, revenue fallen due and received per currency, and the equity stakes taken in licensees.
 */
public record Portfolio(OrganisationId licensor, long trialsRunning, long trialsFinished, long trialsConverted,
                        Rate conversionRate, List<Revenue> revenue, List<Stake> equityStakes) {

    public Portfolio {
        revenue = List.copyOf(revenue);
        equityStakes = List.copyOf(equityStakes);
    }

    /** Amounts that fell due, money received and fee converted into equity, in one currency. */
    public record Revenue(Money fellDue, Money received, Money convertedToEquity) {
    }

    public record Stake(AgreementId agreementId, OrganisationId licensee, String swapId, long shares, Money amount,
                        Rate stake, LocalDate agreedOn) {
    }
}
