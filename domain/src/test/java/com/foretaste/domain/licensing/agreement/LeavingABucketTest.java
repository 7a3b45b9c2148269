package com.foretaste.domain.licensing.agreement;

import com.foretaste.domain.licensing.agreement.AgreementEvent.EquitySwapAgreed;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static com.foretaste.domain.licensing.agreement.AgreementFixture.*;
import static com.foretaste.domain.licensing.agreement.AgreementScenario.given;
import static com.foretaste.domain.licensing.agreement.LicenceFixture.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * DelinquencyAgeing both ways: an aged amount that is paid off (by a payment, credit or an equity swap)
 * leaves its bucket, recorded as a move from the bucket to none ({@code toBucket} null) with the days
 * past due at that moment, so that dashboards count cures by bucket. A part payment moves nothing.
 */
class LeavingABucketTest {

    private static final LocalDate DAY_12 = UPFRONT_DUE.plusDays(12);

    @Test
    void paying_an_aged_amount_off_records_that_it_left_its_bucket() {
        // 100,000.00 + 100,000.00 x 0.0005 x 12 days = 100,600.00
        given(licensedThen(upfrontOverdue())).when(payment("TX-1", "100600.00"), DAY_12).thenEvents(
                paid("TX-1", DAY_12, "100600.00", "0.00", allocation(1, "600.00", "100000.00")),
                bucketChanged(1, "1-30", null, 12, DAY_12));
    }

    @Test
    void a_part_payment_leaves_the_amount_in_its_bucket() {
        given(licensedThen(upfrontOverdue())).when(payment("TX-1", "50000.00"), DAY_12).thenEvents(
                paid("TX-1", DAY_12, "50000.00", "0.00", allocation(1, "600.00", "49400.00")));
    }

    @Test
    void an_aged_amount_converted_into_equity_with_no_interest_owed_leaves_its_bucket() {
        AgreementLife life = AgreementLife.from(licensedOn(payingTerms().lateInterestDailyRate("0"), upfrontOverdue()))
                .run(proposeSwap("S1", 10_000, "10.00", 500_000, 1), DAY_12);

        life.then().when(acceptSwap("S1"), DAY_12).thenEvents(
                new EquitySwapAgreed(agreementId(), "S1", List.of(allocation(1, "0.00", "100000.00")), DAY_12),
                bucketChanged(1, "1-30", null, 12, DAY_12));
    }

    @Test
    void a_settled_amount_sits_in_no_bucket_and_ages_no_more() {
        AgreementLife life = AgreementLife.from(licensedThen(upfrontOverdue())).pay(DAY_12, "100600.00");

        assertThat(life.licence().ledger().get(1).bucket()).isNull();
        life.then().when(observe(UPFRONT_DUE.plusDays(31)), UPFRONT_DUE.plusDays(31)).thenNothingIsRecorded();
    }
}
