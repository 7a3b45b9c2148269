package com.foretaste.domain.licensing.agreement;

import java.time.LocalDate;

/**
 * When an instalment falls due. The licence start is the purchase date (or the conversion date),
 * which is unknown when the agreement is proposed, so most plans count from it.
 */
public sealed interface DueRule {

    /** Due on a fixed calendar date written into the contract. */
    record OnDate(LocalDate date) implements DueRule {
    }

    /** Due a number of months after the licence starts; zero means at purchase. */
    record MonthsAfterLicenceStart(int months) implements DueRule {
    }

    /**
     * Due when the licensee first reports revenue from the technology, and at the latest a number of
     * months after the licence starts (the Shaanxi rule: first payment after first revenue or a year).
     */
    record OnFirstRevenue(int backstopMonths) implements DueRule {
    }
}
