package com.foretaste.domain.licensing.agreement;

import com.foretaste.domain.licensing.agreement.AgreementEvent.DefaultCured;
import com.foretaste.domain.licensing.agreement.AgreementState.Defaulted;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static com.foretaste.domain.licensing.agreement.AgreementFixture.*;
import static com.foretaste.domain.licensing.agreement.AgreementScenario.given;
import static com.foretaste.domain.licensing.agreement.LicenceFixture.*;
import static org.assertj.core.api.Assertions.assertThat;

/** A defaulted licence is cured by paying everything due, principal and interest; amounts not yet due do not count. */
class DefaultCureTest {

    /** 38 days after the upfront fee fell due: 100,000.00 x 0.0005 x 38 = 1,900.00 interest. */
    private static final LocalDate DAY_38 = LocalDate.of(2025, 4, 10);

    @Test
    void a_default_records_when_and_what_was_overdue() {
        AgreementState defaulted = given(licensedThen(upfrontDefaulted())).state();

        assertThat(defaulted).isInstanceOfSatisfying(Defaulted.class, d -> {
            assertThat(d.defaulted().on()).isEqualTo(DEFAULT_DATE);
            assertThat(d.defaulted().principal()).isEqualTo(cny("100000.00"));
            assertThat(d.defaulted().interest()).isEqualTo(cny("1550.00"));
        });
    }

    @Test
    void paying_everything_due_cures_the_default() {
        given(licensedThen(upfrontDefaulted())).when(payment("TX-9", "101900.00"), DAY_38).thenEvents(
                paid("TX-9", DAY_38, "101900.00", "0.00", allocation(1, "1900.00", "100000.00")),
                bucketChanged(1, "31-60", null, 38, DAY_38), new DefaultCured(agreementId(), DAY_38));
    }

    @Test
    void a_cured_licence_is_back_in_force() {
        AgreementState cured = AgreementLife.from(licensedThen(upfrontDefaulted())).pay(DAY_38, "101900.00").state();

        assertThat(cured.status()).isEqualTo(AgreementStatus.LICENSED);
        assertThat(States.licence(cured).ledger().principalOutstanding()).isEqualTo(cny("200000.00"));
    }

    @Test
    void paying_the_principal_but_not_all_interest_leaves_the_default() {
        AgreementLife life = AgreementLife.from(licensedThen(upfrontDefaulted()));

        life.then().when(payment("TX-9", "100000.00"), DAY_38).thenEvents(
                paid("TX-9", DAY_38, "100000.00", "0.00", allocation(1, "1900.00", "98100.00")));
        assertThat(life.pay(DAY_38, "100000.00").state().status()).isEqualTo(AgreementStatus.DEFAULTED);
    }

    @Test
    void paying_the_rest_later_cures_with_the_interest_charged_meanwhile() {
        AgreementLife life = AgreementLife.from(licensedThen(upfrontDefaulted())).pay(DAY_38, "100000.00");
        LocalDate day48 = DAY_38.plusDays(10);

        // Day 38 paid 1,900.00 interest and 98,100.00 principal, leaving 1,900.00 principal;
        // 10 more days on it: 1,900.00 x 0.0005 x 10 = 9.50 interest.
        life.then().when(payment("TX-10", "1909.50"), day48).thenEvents(
                paid("TX-10", day48, "1909.50", "0.00", allocation(1, "9.50", "1900.00")),
                bucketChanged(1, "31-60", null, 48, day48), new DefaultCured(agreementId(), day48));
    }

    @Test
    void an_overpayment_cures_and_the_rest_is_credit() {
        given(licensedThen(upfrontDefaulted())).when(payment("TX-9", "102000.00"), DAY_38).thenEvents(
                paid("TX-9", DAY_38, "102000.00", "100.00", allocation(1, "1900.00", "100000.00")),
                bucketChanged(1, "31-60", null, 38, DAY_38), new DefaultCured(agreementId(), DAY_38));
    }

    @Test
    void after_a_cure_an_amount_unpaid_past_the_grace_period_defaults_again() {
        AgreementLife life = AgreementLife.from(licensedThen(upfrontDefaulted())).pay(DAY_38, "101900.00")
                .observe(DAY_38).observe(SECOND_DUE).observe(SECOND_DUE.plusDays(1));
        LocalDate day31 = SECOND_DUE.plusDays(31);

        // 100,000.00 x 0.0005 x 31 = 1,550.00
        life.then().when(observe(day31), day31).thenEvents(bucketChanged(2, "1-30", "31-60", 31, day31),
                defaulted(day31, "100000.00", "1550.00", 2));
    }

    @Test
    void observing_dates_does_not_cure_a_default() {
        given(licensedThen(upfrontDefaulted())).when(observe(DAY_38), DAY_38).thenNothingIsRecorded();
    }
}
