package com.foretaste.infrastructure.licensing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The JSON bodies of the agreement API's write requests. Omitted optional fields take the defaults of domain.md. */
final class AgreementRequests {

    private AgreementRequests() {
    }

    record ProposeAgreement(String licensee, List<String> patents, TermsBody terms) {
    }

    record TermsBody(String fieldOfUse, String territory, String exclusivity, String currency, Integer trialMonths,
                     MoneyBody trialFee, Integer decisionWindowDays, String onNoDecision, Integer licenceTermMonths,
                     PriceBody price, BigDecimal lateInterestDailyRate, Integer gracePeriodDays,
                     Integer curePeriodDays) {
    }

    record PriceBody(MoneyBody licenceFee, MoneyBody upfrontFee, List<InstalmentBody> instalments,
                     RoyaltyBody royalty) {
    }

    /** Exactly one of {@code dueOn}, {@code monthsAfterLicenceStart}, {@code onFirstRevenueBackstopMonths}. */
    record InstalmentBody(MoneyBody amount, LocalDate dueOn, Integer monthsAfterLicenceStart,
                          Integer onFirstRevenueBackstopMonths) {
    }

    record RoyaltyBody(BigDecimal rate, MoneyBody minimumAnnualRoyalty) {
    }

    /** An amount; the currency may be left out and is then the agreement's. */
    record MoneyBody(BigDecimal amount, String currency) {
    }

    record Withdrawal(String reason) {
    }
}
