package com.foretaste.infrastructure.licensing;

import com.foretaste.infrastructure.licensing.AgreementRequests.MoneyBody;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The JSON bodies of the trial and licence requests. */
final class LicensingRequests {

    private LicensingRequests() {
    }

    record TrialExtension(Integer additionalMonths, String licenseeRequest) {
    }

    record TrialFindings(String summary, List<String> measuredResults) {
    }

    record WalkAway(String reason) {
    }

    record Payment(String reference, MoneyBody amount) {
    }

    /** Net sales for the period from {@code periodStart} through {@code periodEnd}, both included. */
    record RoyaltyReport(LocalDate periodStart, LocalDate periodEnd, MoneyBody netSales) {
    }

    record EquitySwapProposal(String swapId, Long shares, BigDecimal pricePerShare, Long sharesOutstandingAfter,
                              List<Integer> applyTo) {
    }

    enum TerminationKind { FOR_DEFAULT, MUTUAL_CONSENT }

    record Termination(String kind, String reason) {
    }
}
