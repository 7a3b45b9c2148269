package com.foretaste.infrastructure.guarantee;

import com.foretaste.infrastructure.web.RequestFields;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/** The JSON bodies of the guarantee requests. */
final class GuaranteeRequests {

    private GuaranteeRequests() {
    }

    /**
     * A guarantee requested for an agreement, by its guarantor, beneficiary or obligor (the agreement's licensee).
     * Left out: the beneficiary is the licensor, the term runs from today for 12 months ({@code termEnd} is its
     * last day), no counter-guarantee, programme NONE, and the configured second-approval threshold.
     */
    @Schema(name = "GuaranteeRequest")
    record Request(@Schema(requiredMode = REQUIRED) UUID agreementId, @Schema(requiredMode = REQUIRED) UUID guarantor,
                   UUID beneficiary, @Schema(requiredMode = REQUIRED) Amount cap,
                   @Schema(requiredMode = REQUIRED) BigDecimal coverageRatio,
                   @Schema(requiredMode = REQUIRED) BigDecimal annualFeeRate, LocalDate termStart, LocalDate termEnd,
                   CounterGuaranteeBody counterGuarantee,
                   @Schema(implementation = Programme.class) String programme, Amount secondApprovalAbove) {
    }

    /** The risk-sharing programmes configured: Xi'an's pool 50%, Anhui's 4:3:2:1, or none. */
    enum Programme { NONE, XIAN, ANHUI_4321 }

    enum Kind { PATENT_PLEDGE, EQUITY_PLEDGE, OTHER }

    enum Source { OBLIGOR, COUNTER_GUARANTEE, OTHER }

    @Schema(name = "CounterGuaranteePledge")
    record CounterGuaranteeBody(@Schema(requiredMode = REQUIRED, implementation = Kind.class) String kind,
                                @Schema(requiredMode = REQUIRED) String subject, Amount appraisedValue) {
    }

    /** An amount; the currency may be left out and is then the guarantee's. */
    @Schema(name = "GuaranteeAmount", description = "An amount as a decimal string; without a currency it is the guarantee's.")
    record Amount(@Schema(requiredMode = REQUIRED) BigDecimal amount,
                  @Schema(pattern = "^[A-Z]{3}$", example = "CNY") String currency)
            implements RequestFields.AmountBody {
    }

    @Schema(name = "GuaranteeDecline")
    record Decline(@Schema(requiredMode = REQUIRED) String reason) {
    }

    @Schema(name = "GuaranteeFeePayment")
    record FeePayment(@Schema(requiredMode = REQUIRED) Amount amount, String reference) {
    }

    /** The beneficiary calls the guarantee on the agreement's default of {@code defaultedOn}. */
    @Schema(name = "GuaranteeCall")
    record Call(@Schema(requiredMode = REQUIRED) LocalDate defaultedOn) {
    }

    @Schema(name = "CallHonouring")
    record Honour(String reference) {
    }

    @Schema(name = "CallRejection")
    record CallRejection(@Schema(requiredMode = REQUIRED) String reason) {
    }

    /** A partner's reimbursement received (or, for a return, paid back); the call is the guarantee's call when left out. */
    @Schema(name = "GuaranteeReimbursement")
    record Reimbursement(UUID callId, @Schema(requiredMode = REQUIRED) String partner,
                         @Schema(requiredMode = REQUIRED) Amount amount, String reference) {
    }

    @Schema(name = "BeneficiaryRefund")
    record Refund(UUID callId, @Schema(requiredMode = REQUIRED) Amount amount, String reference) {
    }

    @Schema(name = "GuaranteeRecovery")
    record Recovery(UUID callId, @Schema(requiredMode = REQUIRED) Amount amount,
                    @Schema(requiredMode = REQUIRED, implementation = Source.class) String source, String reference) {
    }

    @Schema(name = "GuaranteeWriteOff")
    record WriteOff(UUID callId, @Schema(requiredMode = REQUIRED) String reason) {
    }
}
