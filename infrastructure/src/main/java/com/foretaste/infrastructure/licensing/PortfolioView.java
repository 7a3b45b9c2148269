package com.foretaste.infrastructure.licensing;

import com.foretaste.application.licensing.Portfolio;
import com.foretaste.application.organisation.OrganisationDirectory;
import com.foretaste.domain.shared.Money;
import com.foretaste.domain.shared.Rate;
import com.foretaste.infrastructure.licensing.AgreementView.Party;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/** A licensor's portfolio as the API shows it, parties named as in the agreement ({@code {id, name}}). */
@Schema(name = "Portfolio")
record PortfolioView(@Schema(requiredMode = REQUIRED) Party licensor, long trialsRunning, long trialsFinished,
                     long trialsConverted, Rate conversionRate, @Schema(requiredMode = REQUIRED) List<Portfolio.Revenue> revenue,
                     @Schema(requiredMode = REQUIRED) List<Stake> equityStakes) {

    /** Shares of a licensee taken for part of an agreement's fee: {@code stake} is the licensor's resulting share. */
    @Schema(name = "EquityStake")
    record Stake(@Schema(requiredMode = REQUIRED, format = "uuid") String agreementId,
                 @Schema(requiredMode = REQUIRED) Party licensee, @Schema(requiredMode = REQUIRED) String swapId,
                 long shares, @Schema(requiredMode = REQUIRED) Money amount, @Schema(requiredMode = REQUIRED) Rate stake,
                 @Schema(requiredMode = REQUIRED) LocalDate agreedOn) {
    }

    static PortfolioView of(Portfolio p, OrganisationDirectory directory) {
        return new PortfolioView(Party.of(p.licensor(), directory), p.trialsRunning(), p.trialsFinished(),
                p.trialsConverted(), p.conversionRate(), p.revenue(), p.equityStakes().stream()
                        .map(s -> new Stake(s.agreementId().toString(), Party.of(s.licensee(), directory), s.swapId(),
                                s.shares(), s.amount(), s.stake(), s.agreedOn())).toList());
    }
}
