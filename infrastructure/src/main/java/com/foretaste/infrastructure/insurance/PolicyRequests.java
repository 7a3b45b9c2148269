package com.foretaste.infrastructure.insurance;

import com.foretaste.infrastructure.web.RequestFields;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/** The JSON bodies of the insurance requests. */
final class PolicyRequests {

    private PolicyRequests() {
    }

    /**
     * A quote for an agreement. Left out: insured = the licensor, policyholder = the licensee, deductible 0,
     * subsidy share 0, period from today for 12 months ({@code periodEnd} is its last day), premium due in
     * 30 days (within the period), waiting period 90 days, payment period 30 days, automatic filing off, and
     * the configured second-approval threshold.
     */
    @Schema(name = "PolicyQuote")
    record Quote(@Schema(requiredMode = REQUIRED) UUID agreementId, UUID insured, UUID policyholder,
                 @Schema(requiredMode = REQUIRED) Amount coverageLimit,
                 @Schema(requiredMode = REQUIRED) BigDecimal indemnityRatio, Amount deductible,
                 @Schema(requiredMode = REQUIRED) Amount insuredAmount,
                 @Schema(requiredMode = REQUIRED) BigDecimal premiumRate, BigDecimal subsidyShare, UUID subsidisedBy,
                 LocalDate periodStart, LocalDate periodEnd, LocalDate premiumDueOn, Integer waitingPeriodDays,
                 Integer paymentPeriodDays, Amount secondApprovalAbove, Boolean automaticFiling) {
    }

    /** An amount; the currency may be left out and is then the agreement's. */
    @Schema(name = "Amount", description = "An amount as a decimal string; without a currency it is the agreement's.")
    record Amount(@Schema(requiredMode = REQUIRED) BigDecimal amount,
                  @Schema(pattern = "^[A-Z]{3}$", example = "CNY") String currency)
            implements RequestFields.AmountBody {
    }

    enum Payer { POLICYHOLDER, SUBSIDY }

    @Schema(name = "PremiumPayment")
    record PremiumPayment(@Schema(requiredMode = REQUIRED, implementation = Payer.class) String payer,
                          @Schema(requiredMode = REQUIRED) Amount amount, String reference) {
    }

    @Schema(name = "PolicyCancellation")
    record Cancellation(String reason) {
    }

    /** The insured files on the covered agreement's default of {@code defaultedOn}. */
    @Schema(name = "ClaimFiling")
    record Filing(@Schema(requiredMode = REQUIRED) LocalDate defaultedOn) {
    }

    @Schema(name = "ClaimAssessment")
    record Assessment(@Schema(requiredMode = REQUIRED) Amount reserve, String note) {
    }

    @Schema(name = "ClaimRejection")
    record ClaimRejection(@Schema(requiredMode = REQUIRED) String reason) {
    }

    @Schema(name = "ClaimPayment")
    record ClaimPayment(String reference) {
    }

    @Schema(name = "Recovery")
    record Recovery(@Schema(requiredMode = REQUIRED) Amount amount, String reference) {
    }

    @Schema(name = "ClaimClosure")
    record Closure(String reason) {
    }
}
