package com.foretaste.domain.licensing.agreement;

import com.foretaste.domain.licensing.agreement.AgreementEvent.AmountFellDue;
import com.foretaste.domain.licensing.agreement.AgreementEvent.LicenceConverted;
import com.foretaste.domain.licensing.agreement.AgreementEvent.PaymentRecorded;
import com.foretaste.domain.shared.DateRange;
import com.foretaste.domain.shared.Money;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static com.foretaste.domain.licensing.agreement.AgreementFixture.*;
import static com.foretaste.domain.licensing.agreement.AgreementScenario.given;
import static com.foretaste.domain.licensing.agreement.LicenceFixture.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An amount falls due in the decision that first reaches its date: the purchase (or conversion) for
 * what is due at the licence start, a payment or swap on a date the end of day has not yet observed,
 * or the end of day. It falls due for its principal less any part converted into equity before, and
 * always before money is applied to it: what fell due is never less than what was received for it.
 */
class FallingDueTest {

    @Test
    void an_amount_due_at_purchase_falls_due_with_the_purchase() {
        given(proposed(payingTerms()), trialStarted()).when(purchaseBy(licensee()), PURCHASE_DATE)
                .thenEvents(purchased(), fellDue(1, PURCHASE_DATE, "100000.00"));
    }

    @Test
    void an_amount_due_at_purchase_and_paid_the_same_day_fell_due_in_full() {
        AgreementLife life = AgreementLife.boughtOn(PURCHASE_DATE, payingTerms()).pay(PURCHASE_DATE, "100000.00");

        // fell due 100,000.00 = received 100,000.00, both on the purchase date
        assertThat(total(life.history(), AmountFellDue.class)).isEqualTo(cny("100000.00"));
        assertThat(total(life.history(), PaymentRecorded.class)).isEqualTo(cny("100000.00"));
        life.then().when(observe(PURCHASE_DATE.plusDays(1)), PURCHASE_DATE.plusDays(1)).thenNothingIsRecorded();
    }

    @Test
    void an_amount_due_at_a_conversion_falls_due_in_full_when_the_window_closes() {
        given(proposed(payingTerms().convertWhenNoDecision()), trialStarted(), trialEnded())
                .when(observe(WINDOW_END), WINDOW_END).thenEvents(
                        new LicenceConverted(agreementId(), WINDOW_END, DateRange.ofMonths(WINDOW_END, 60), List.of(
                                new ScheduledAmount(1, ReceivableKind.UPFRONT_FEE, cny("100000.00"), WINDOW_END, null),
                                new ScheduledAmount(2, ReceivableKind.INSTALMENT, cny("100000.00"), WINDOW_END.plusMonths(12), null),
                                new ScheduledAmount(3, ReceivableKind.INSTALMENT, cny("100000.00"), null, WINDOW_END.plusMonths(24)))),
                        fellDue(1, WINDOW_END, "100000.00"));
    }

    @Test
    void a_payment_on_a_due_date_not_yet_observed_records_the_amount_fallen_due_first() {
        given(licensedThen()).when(payment("TX-1", "100000.00"), UPFRONT_DUE).thenEvents(
                fellDue(1, UPFRONT_DUE, "100000.00"),
                paid("TX-1", UPFRONT_DUE, "100000.00", "0.00", allocation(1, "0.00", "100000.00")));
    }

    @Test
    void an_amount_partly_converted_into_equity_before_its_due_date_falls_due_for_the_rest() {
        // 3,000 shares at 10.00 = 30,000.00 converted from #2 before 2026-03-03: 70,000.00 falls due
        LocalDate swapOn = LocalDate.of(2025, 6, 2);
        AgreementLife life = AgreementLife.from(licensedThen(upfrontPaid()))
                .run(proposeSwap("S1", 3_000, "10.00", 100_000, 2), swapOn).run(acceptSwap("S1"), swapOn);

        life.then().when(observe(SECOND_DUE), SECOND_DUE).thenEvents(fellDue(2, SECOND_DUE, "70000.00"));
    }

    private static Money total(List<AgreementEvent> history, Class<? extends AgreementEvent> type) {
        return history.stream().filter(type::isInstance).map(e -> switch (e) {
            case AmountFellDue f -> f.amount();
            case PaymentRecorded p -> p.amount();
            default -> throw new IllegalArgumentException(e.toString());
        }).reduce(cny("0.00"), Money::plus);
    }
}
