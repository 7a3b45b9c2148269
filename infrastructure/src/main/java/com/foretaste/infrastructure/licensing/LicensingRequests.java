package com.foretaste.infrastructure.licensing;

import com.foretaste.infrastructure.licensing.AgreementRequests.MoneyBody;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/** The JSON bodies of the trial and licence requests. */
final class LicensingRequests {

    private LicensingRequests() {
    }

    record TrialExtension(@Schema(requiredMode = REQUIRED) Integer additionalMonths, String licenseeRequest) {
    }

    record TrialFindings(String summary, List<String> measuredResults) {
    }

    record WalkAway(String reason) {
    }

    record Payment(String reference, @Schema(requiredMode = REQUIRED) MoneyBody amount) {
    }

    /** Net sales for the period from {@code periodStart} through {@code periodEnd}, both included. */
    record RoyaltyReport(@Schema(requiredMode = REQUIRED) LocalDate periodStart,
                         @Schema(requiredMode = REQUIRED) LocalDate periodEnd,
                         @Schema(requiredMode = REQUIRED) MoneyBody netSales) {
    }

    /** {@code applyTo}: the numbers of the amounts due to reduce, in order; left out, latest due first. */
    record EquitySwapProposal(String swapId, @Schema(requiredMode = REQUIRED) Long shares,
                              @Schema(requiredMode = REQUIRED) BigDecimal pricePerShare,
                              @Schema(requiredMode = REQUIRED) Long sharesOutstandingAfter, List<Integer> applyTo) {
    }

    enum TerminationKind { FOR_DEFAULT, MUTUAL_CONSENT }

    record Termination(@Schema(requiredMode = REQUIRED, implementation = TerminationKind.class) String kind,
                       String reason) {
    }
}
