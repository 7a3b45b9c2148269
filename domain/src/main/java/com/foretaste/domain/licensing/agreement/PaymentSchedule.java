package com.foretaste.domain.licensing.agreement;

import com.foretaste.domain.shared.DateRange;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the price's plan into dated amounts when the licence starts: the upfront fee is due on the
 * start date; an instalment on its date (not before the start), or a number of months after the
 * start; a revenue-conditional instalment waits for first revenue with its backstop date.
 */
public final class PaymentSchedule {

    private PaymentSchedule() {
    }

    public static List<ScheduledAmount> at(LocalDate licenceStart, Price price) {
        return at(licenceStart, price, 1);
    }

    /** The schedule numbered from {@code firstNumber}, after the amounts already owed (a trial fee). */
    public static List<ScheduledAmount> at(LocalDate licenceStart, Price price, int firstNumber) {
        List<ScheduledAmount> amounts = new ArrayList<>();
        if (price.upfrontFee().isPositive()) {
            amounts.add(new ScheduledAmount(firstNumber, ReceivableKind.UPFRONT_FEE, price.upfrontFee(), licenceStart, null));
        }
        for (Instalment instalment : price.instalments()) {
            int number = firstNumber + amounts.size();
            amounts.add(switch (instalment.due()) {
                case DueRule.OnDate d -> new ScheduledAmount(number, ReceivableKind.INSTALMENT, instalment.amount(),
                        d.date().isBefore(licenceStart) ? licenceStart : d.date(), null);
                case DueRule.MonthsAfterLicenceStart m -> new ScheduledAmount(number, ReceivableKind.INSTALMENT,
                        instalment.amount(), licenceStart.plusMonths(m.months()), null);
                case DueRule.OnFirstRevenue r -> new ScheduledAmount(number, ReceivableKind.INSTALMENT,
                        instalment.amount(), null, licenceStart.plusMonths(r.backstopMonths()));
            });
        }
        return List.copyOf(amounts);
    }

    public static DateRange licenceTerm(LocalDate licenceStart, Terms terms) {
        return DateRange.ofMonths(licenceStart, terms.licenceTermMonths());
    }
}
