package com.foretaste.infrastructure.licensing;

import com.foretaste.infrastructure.web.RequestFields;
import com.foretaste.domain.licensing.agreement.Exclusivity;
import com.foretaste.domain.licensing.agreement.NoDecisionOutcome;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/** The JSON bodies of the agreement API's write requests. Omitted optional fields take the defaults of domain.md. */
final class AgreementRequests {

    private AgreementRequests() {
    }

    @Schema(name = "Proposal")
    record ProposeAgreement(@Schema(requiredMode = REQUIRED, format = "uuid") String licensee,
                            @Schema(requiredMode = REQUIRED) List<String> patents,
                            @Schema(requiredMode = REQUIRED) TermsBody terms) {
    }

    @Schema(name = "ProposedTerms", description = "Terms of a proposal; amounts without a currency are in `currency` (default CNY).")
    record TermsBody(@Schema(requiredMode = REQUIRED) String fieldOfUse, @Schema(requiredMode = REQUIRED) String territory,
                     @Schema(requiredMode = REQUIRED, implementation = Exclusivity.class) String exclusivity,
                     @Schema(pattern = "^[A-Z]{3}$", example = "CNY") String currency,
                     @Schema(requiredMode = REQUIRED) Integer trialMonths,
                     MoneyBody trialFee, Integer decisionWindowDays,
                     @Schema(implementation = NoDecisionOutcome.class) String onNoDecision,
                     @Schema(requiredMode = REQUIRED) Integer licenceTermMonths,
                     @Schema(requiredMode = REQUIRED) PriceBody price,
                     BigDecimal lateInterestDailyRate, Integer gracePeriodDays, Integer curePeriodDays) {
    }

    @Schema(name = "ProposedPrice")
    record PriceBody(@Schema(requiredMode = REQUIRED) MoneyBody licenceFee, MoneyBody upfrontFee,
                     List<InstalmentBody> instalments, RoyaltyBody royalty) {
    }

    /** Exactly one of {@code dueOn}, {@code monthsAfterLicenceStart}, {@code onFirstRevenueBackstopMonths}. */
    @Schema(name = "ProposedInstalment", description = "Says when it falls due with exactly one of dueOn,"
            + " monthsAfterLicenceStart (0 = at purchase) or onFirstRevenueBackstopMonths.")
    record InstalmentBody(@Schema(requiredMode = REQUIRED) MoneyBody amount, LocalDate dueOn,
                          Integer monthsAfterLicenceStart, Integer onFirstRevenueBackstopMonths) {
    }

    @Schema(name = "ProposedRoyalty")
    record RoyaltyBody(@Schema(requiredMode = REQUIRED) BigDecimal rate, MoneyBody minimumAnnualRoyalty) {
    }

    /** An amount; the currency may be left out and is then the agreement's. */
    @Schema(name = "Amount", description = "An amount as a decimal string; without a currency it is the agreement's.")
    record MoneyBody(@Schema(requiredMode = REQUIRED) BigDecimal amount,
                     @Schema(pattern = "^[A-Z]{3}$", example = "CNY") String currency)
            implements RequestFields.AmountBody {
    }

    record Withdrawal(String reason) {
    }
}
