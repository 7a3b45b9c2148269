package com.foretaste.infrastructure.insurance;

import com.foretaste.application.insurance.InsurerFigures;
import com.foretaste.domain.shared.Money;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/** The answers of the insurance read models. */
final class InsuranceViews {

    private InsuranceViews() {
    }

    /** A policy on an agreement, from the read model (it follows the events within moments). */
    @Schema(name = "PolicySummary")
    record PolicySummary(@Schema(requiredMode = REQUIRED, format = "uuid") String id,
                         @Schema(requiredMode = REQUIRED, format = "uuid") String agreementId,
                         @Schema(requiredMode = REQUIRED) String state,
                         @Schema(format = "uuid") String insurer, @Schema(format = "uuid") String insured,
                         @Schema(format = "uuid") String policyholder, Money coverageLimit, Money premium,
                         LocalDate periodStart, LocalDate periodEnd, LocalDate quotedOn, LocalDate activatedOn,
                         LocalDate coverEndedOn) {
    }

    /** A claim in the insurer's queue: its age in days since filing, its payment due date and whether it is past it. */
    @Schema(name = "QueuedClaim")
    record QueuedClaim(@Schema(requiredMode = REQUIRED, format = "uuid") String id,
                       @Schema(requiredMode = REQUIRED, format = "uuid") String policyId,
                       @Schema(format = "uuid") String agreementId, @Schema(format = "uuid") String insurer,
                       @Schema(format = "uuid") String insured, @Schema(format = "uuid") String policyholder,
                       @Schema(requiredMode = REQUIRED) String state,
                       LocalDate defaultedOn, Money loss, Money reserve, Money indemnity, LocalDate filedOn, boolean automatic,
                       long ageDays, LocalDate paymentDueOn, boolean overdue, LocalDate paidOn,
                       Money recoveredByInsurer, Money recoveredByInsured) {
    }

    @Schema(name = "InsurerSummary")
    record InsurerSummary(@Schema(requiredMode = REQUIRED, format = "uuid") String insurer,
                          @Schema(requiredMode = REQUIRED) LocalDate asOf,
                          @Schema(requiredMode = REQUIRED) List<CurrencyFigures> figures) {
    }

    @Schema(name = "InsurerFigures")
    record CurrencyFigures(@Schema(requiredMode = REQUIRED) String currency, Money premiumWritten, Money premiumEarned,
                           Money reserves, Money indemnitiesPaid, Money incurred, Money recoveries,
                           @Schema(format = "decimal") BigDecimal lossRatio, List<MonthFigures> months) {
        static CurrencyFigures of(InsurerFigures.Totals t) {
            return new CurrencyFigures(t.currency().getCurrencyCode(), t.written(), t.earned(), t.reserves(), t.paid(),
                    t.incurred(), t.recoveries(), t.lossRatio(), t.months().stream().map(MonthFigures::of).toList());
        }
    }

    @Schema(name = "InsurerMonth")
    record MonthFigures(@Schema(requiredMode = REQUIRED, example = "2026-05") String month, Money premiumWritten,
                        Money premiumEarned, Money reservesAtEnd, Money indemnitiesPaid, Money incurred, Money recoveries,
                        @Schema(format = "decimal") BigDecimal lossRatio) {
        static MonthFigures of(InsurerFigures.Month m) {
            return new MonthFigures(m.month().toString(), m.written(), m.earned(), m.reservesAtEnd(), m.paid(), m.incurred(),
                    m.recoveries(), m.lossRatio());
        }
    }

    static Money money(BigDecimal amount, String currency) {
        return amount == null ? null : new Money(amount.setScale(java.util.Currency.getInstance(currency)
                .getDefaultFractionDigits(), java.math.RoundingMode.UNNECESSARY), java.util.Currency.getInstance(currency));
    }
}
