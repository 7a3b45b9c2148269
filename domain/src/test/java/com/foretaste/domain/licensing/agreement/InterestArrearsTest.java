package com.foretaste.domain.licensing.agreement;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static com.foretaste.domain.licensing.agreement.AgreementFixture.*;
import static com.foretaste.domain.licensing.agreement.LicenceFixture.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Arrears of interest alone are arrears: an amount whose principal was converted into equity (or paid)
 * while its late interest was not stays past due, moves up the buckets and puts the licence in default
 * after the grace period, like any amount unpaid. The fixture's upfront fee of 100,000.00 fell due on
 * 2025-03-03 at 0.05% a day; converted on day 10, it leaves 100,000.00 x 0.0005 x 10 = 500.00 owed.
 */
class InterestArrearsTest {

    private static final LocalDate DAY_10 = UPFRONT_DUE.plusDays(10);

    private static AgreementLife principalConvertedOnDay10(TermsBuilder terms) {
        return AgreementLife.from(licensedOn(terms, upfrontOverdue()))
                .run(proposeSwap("S1", 1_000, "100.00", 10_000, 1), DAY_10).run(acceptSwap("S1"), DAY_10);
    }

    @Test
    void arrears_of_interest_alone_stay_in_their_bucket_and_move_up_with_the_days() {
        AgreementLife life = principalConvertedOnDay10(payingTerms().gracePeriodDays(45));
        assertThat(life.licence().ledger().get(1).bucket()).isEqualTo("1-30");

        life.then().when(observe(UPFRONT_DUE.plusDays(31)), UPFRONT_DUE.plusDays(31))
                .thenEvents(bucketChanged(1, "1-30", "31-60", 31, UPFRONT_DUE.plusDays(31)));
    }

    @Test
    void arrears_of_interest_alone_put_the_licence_in_default_after_the_grace_period() {
        // 45 days' grace: default on day 46 with no principal and the 500.00 interest, which accrues no more
        AgreementLife life = principalConvertedOnDay10(payingTerms().gracePeriodDays(45)).observe(UPFRONT_DUE.plusDays(31));

        life.then().when(observe(UPFRONT_DUE.plusDays(45)), UPFRONT_DUE.plusDays(45)).thenNothingIsRecorded();
        life.then().when(observe(UPFRONT_DUE.plusDays(46)), UPFRONT_DUE.plusDays(46))
                .thenEvents(defaulted(UPFRONT_DUE.plusDays(46), "0.00", "500.00", 1));
    }

    @Test
    void paying_the_interest_arrears_cures_the_default_and_leaves_the_bucket() {
        AgreementLife life = principalConvertedOnDay10(payingTerms()).observe(UPFRONT_DUE.plusDays(31));
        assertThat(life.state().status()).isEqualTo(AgreementStatus.DEFAULTED);
        LocalDate day40 = UPFRONT_DUE.plusDays(40);

        life.then().when(payment("TX-7", "500.00"), day40).thenEvents(
                paid("TX-7", day40, "500.00", "0.00", allocation(1, "500.00", "0.00")),
                bucketChanged(1, "31-60", null, 40, day40), new AgreementEvent.DefaultCured(agreementId(), day40));
    }

    @Test
    void an_amount_with_interest_arrears_is_not_settled_so_the_licence_does_not_complete() {
        AgreementLife life = principalConvertedOnDay10(payingTerms());

        assertThat(life.licence().ledger().get(1).isSettled()).isFalse();
        assertThat(life.licence().ledger().get(1).daysPastDue(UPFRONT_DUE.plusDays(20))).isEqualTo(20);
    }
}
