package com.foretaste.application.licensing;

import com.foretaste.domain.licensing.agreement.Allocation;
import com.foretaste.domain.licensing.agreement.AgreementEvent;
import com.foretaste.domain.licensing.agreement.AgreementEvent.AgreementProposed;
import com.foretaste.domain.licensing.agreement.AgreementEvent.AmountFellDue;
import com.foretaste.domain.licensing.agreement.AgreementEvent.EquitySwapAgreed;
import com.foretaste.domain.licensing.agreement.AgreementEvent.EquitySwapProposed;
import com.foretaste.domain.licensing.agreement.AgreementEvent.PaymentRecorded;
import com.foretaste.domain.shared.Money;

/**
 * Keeps the licensor portfolio in step with agreement events: what fell due, what was received,
 * what was converted into equity, and the stakes. Like the summary, each event counts once.
 */
public final class PortfolioProjector {

    private final Portfolios portfolios;

    public PortfolioProjector(Portfolios portfolios) {
        this.portfolios = portfolios;
    }

    public void on(AgreementEvent event, long sequence) {
        if (event instanceof AgreementProposed p) {
            if (portfolios.find(p.agreementId()).isEmpty()) {
                Money zero = Money.zero(p.terms().currency());
                portfolios.save(new AgreementFinance(p.agreementId(), p.licensor(), p.licensee(), zero, zero, zero, sequence));
            }
            return;
        }
        AgreementFinance f = portfolios.find(event.agreementId()).orElseThrow(() -> new IllegalStateException(
                "agreement " + event.agreementId() + " has no portfolio entry; the projection must be rebuilt"));
        if (f.lastSequence() >= sequence) {
            return;
        }
        switch (event) {
            case AmountFellDue e -> f = new AgreementFinance(f.agreementId(), f.licensor(), f.licensee(),
                    f.fellDue().plus(e.amount()), f.received(), f.convertedToEquity(), sequence);
            case PaymentRecorded e -> f = new AgreementFinance(f.agreementId(), f.licensor(), f.licensee(), f.fellDue(),
                    f.received().plus(e.amount()), f.convertedToEquity(), sequence);
            case EquitySwapProposed e -> {
                portfolios.saveStake(new Portfolio.Stake(e.agreementId(), f.licensee(), e.swapId(), e.shares(),
                        e.amount(), e.stake(), null));
                f = advanced(f, sequence);
            }
            case EquitySwapAgreed e -> {
                Portfolio.Stake proposed = portfolios.findStake(e.agreementId(), e.swapId()).orElseThrow();
                portfolios.saveStake(new Portfolio.Stake(proposed.agreementId(), proposed.licensee(), proposed.swapId(),
                        proposed.shares(), proposed.amount(), proposed.stake(), e.agreedOn()));
                Money converted = e.reductions().stream().map(Allocation::principal).reduce(f.convertedToEquity(), Money::plus);
                f = new AgreementFinance(f.agreementId(), f.licensor(), f.licensee(), f.fellDue(), f.received(),
                        converted, sequence);
            }
            default -> f = advanced(f, sequence);
        }
        portfolios.save(f);
    }

    private static AgreementFinance advanced(AgreementFinance f, long sequence) {
        return new AgreementFinance(f.agreementId(), f.licensor(), f.licensee(), f.fellDue(), f.received(),
                f.convertedToEquity(), sequence);
    }
}
