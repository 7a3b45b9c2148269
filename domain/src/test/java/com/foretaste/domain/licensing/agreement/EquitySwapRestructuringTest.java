package com.foretaste.domain.licensing.agreement;

import com.foretaste.domain.licensing.agreement.AgreementEvent.DefaultCured;
import com.foretaste.domain.licensing.agreement.AgreementEvent.EquitySwapAgreed;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static com.foretaste.domain.licensing.agreement.AgreementFixture.*;
import static com.foretaste.domain.licensing.agreement.LicenceFixture.*;
import static org.assertj.core.api.Assertions.assertThat;

/** An equity swap as the restructuring of a default: it cures only when nothing due is left unpaid. */
class EquitySwapRestructuringTest {

    private static final LocalDate RESTRUCTURED_ON = LocalDate.of(2025, 4, 10);

    private static AgreementEvent[] defaultedWithoutInterest() {
        return new AgreementEvent[]{fellDue(1, UPFRONT_DUE, "100000.00"), overdue(1, UPFRONT_DUE.plusDays(1), "100000.00"),
                bucketChanged(1, null, "1-30", 1, UPFRONT_DUE.plusDays(1)),
                bucketChanged(1, "1-30", "31-60", 31, DEFAULT_DATE), defaulted(DEFAULT_DATE, "100000.00", "0.00", 1)};
    }

    @Test
    void a_swap_that_pays_off_what_is_due_cures_the_default() {
        AgreementLife life = AgreementLife.from(licensedOn(payingTerms().lateInterestDailyRate("0"), defaultedWithoutInterest()))
                .run(proposeSwap("S1", 10_000, "10.00", 500_000, 1), RESTRUCTURED_ON);

        life.then().when(acceptSwap("S1"), RESTRUCTURED_ON).thenEvents(
                new EquitySwapAgreed(agreementId(), "S1", List.of(allocation(1, "0.00", "100000.00")), RESTRUCTURED_ON),
                bucketChanged(1, "31-60", null, 38, RESTRUCTURED_ON), new DefaultCured(agreementId(), RESTRUCTURED_ON));
        assertThat(life.run(acceptSwap("S1"), RESTRUCTURED_ON).state().status()).isEqualTo(AgreementStatus.LICENSED);
    }

    @Test
    void a_swap_of_the_principal_leaves_the_late_interest_due_and_paying_it_cures() {
        // 100,000.00 x 0.0005 x 38 days = 1,900.00 interest, which equity does not pay
        AgreementLife life = AgreementLife.from(licensedThen(upfrontDefaulted()))
                .run(proposeSwap("S1", 10_000, "10.00", 500_000, 1), RESTRUCTURED_ON);

        life.then().when(acceptSwap("S1"), RESTRUCTURED_ON).thenEvents(
                new EquitySwapAgreed(agreementId(), "S1", List.of(allocation(1, "0.00", "100000.00")), RESTRUCTURED_ON));
        life.run(acceptSwap("S1"), RESTRUCTURED_ON).then().when(payment("TX-9", "1900.00"), RESTRUCTURED_ON).thenEvents(
                paid("TX-9", RESTRUCTURED_ON, "1900.00", "0.00", allocation(1, "1900.00", "0.00")),
                bucketChanged(1, "31-60", null, 38, RESTRUCTURED_ON), new DefaultCured(agreementId(), RESTRUCTURED_ON));
    }

    @Test
    void a_swap_that_names_nothing_converts_the_latest_amounts_and_leaves_the_default() {
        AgreementLife life = AgreementLife.from(licensedOn(payingTerms().lateInterestDailyRate("0"), defaultedWithoutInterest()))
                .run(proposeSwap("S1", 10_000, "10.00", 500_000), RESTRUCTURED_ON);

        life.then().when(acceptSwap("S1"), RESTRUCTURED_ON).thenEvents(
                new EquitySwapAgreed(agreementId(), "S1", List.of(allocation(3, "0.00", "100000.00")), RESTRUCTURED_ON));
    }
}
