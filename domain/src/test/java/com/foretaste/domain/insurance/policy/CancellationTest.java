package com.foretaste.domain.insurance.policy;

import com.foretaste.domain.insurance.policy.PolicyCommand.*;
import com.foretaste.domain.insurance.policy.PolicyEvent.PolicyCancelled;
import com.foretaste.domain.shared.DateRange;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static com.foretaste.domain.insurance.policy.PolicyFixture.*;
import static org.assertj.core.api.Assertions.assertThat;

class CancellationTest {

    private static final LocalDate CANCELLED_ON = LocalDate.of(2026, 4, 11);

    @Test
    void premium_is_earned_day_by_day_over_the_policy_period() {
        DateRange period = new DateRange(START, END);
        // 12,000.00 over 365 days: 100 days (Jan 31 + Feb 28 + Mar 31 + Apr 1-10) earn 3,287.67
        assertThat(EarnedPremium.before(cny("12000.00"), period, CANCELLED_ON)).isEqualTo(cny("3287.67"));
        assertThat(EarnedPremium.before(cny("12000.00"), period, START)).isEqualTo(cny("0.00"));
        assertThat(EarnedPremium.before(cny("12000.00"), period, END.plusDays(30))).isEqualTo(cny("12000.00"));
        // April 2026 alone: 30 days = 986.30
        assertThat(EarnedPremium.over(cny("12000.00"), period, DateRange.ofMonths(LocalDate.of(2026, 4, 1), 1)))
                .isEqualTo(cny("986.30"));
    }

    @Test
    void cancelling_keeps_the_earned_premium_and_returns_the_rest_in_proportion_to_what_each_paid() {
        Given given = active();
        // unearned 12,000.00 - 3,287.67 = 8,712.33; subsidy 4,800/12,000 of it = 3,484.932 -> 3,484.93; policyholder 5,227.40
        assertThat(given.when(new CancelPolicy(POLICY, QINLING, "moving production abroad"), CANCELLED_ON))
                .containsExactly(new PolicyCancelled(POLICY, CANCELLED_ON, "moving production abroad", cny("3287.67"),
                        cny("5227.40"), cny("3484.93")));
        assertThat(given.state().status()).isEqualTo(PolicyStatus.CANCELLED);
        assertThat(Policy.nextAttention(given.state())).isEmpty();
    }

    @Test
    void only_the_policyholder_cancels() {
        assertThat(active().rejected(new CancelPolicy(POLICY, UNIVERSITY, null), CANCELLED_ON).rule())
                .isEqualTo("policyholder-only");
        assertThat(active().rejected(new CancelPolicy(POLICY, ASSESSOR, null), CANCELLED_ON).rule())
                .isEqualTo("policyholder-only");
    }

    @Test
    void a_quote_cancelled_before_it_is_paid_returns_what_was_received() {
        Given given = quoted();
        given.when(new RecordPremiumPayment(POLICY, ASSESSOR, PremiumPayer.SUBSIDY, cny("4800.00"), null), ACTIVE_ON);
        assertThat(given.when(new CancelPolicy(POLICY, QINLING, null), ACTIVE_ON))
                .containsExactly(new PolicyCancelled(POLICY, ACTIVE_ON, null, cny("0.00"), cny("0.00"), cny("4800.00")));
    }

    @Test
    void a_policy_with_an_open_default_or_claim_cannot_be_cancelled() {
        Given given = active();
        given.when(defaulted(), DEFAULTED_ON);
        var rejection = given.rejected(new CancelPolicy(POLICY, QINLING, null), CANCELLED_ON.plusMonths(1));
        assertThat(rejection.rule()).isEqualTo("cancel-without-open-claim");
        assertThat(filed().rejected(new CancelPolicy(POLICY, QINLING, null), CLAIMABLE_FROM).rule())
                .isEqualTo("cancel-without-open-claim");
    }

    @Test
    void a_policy_that_paid_a_claim_returns_no_premium_when_cancelled() {
        Given given = paid();
        LocalDate on = CLAIMABLE_FROM.plusDays(30);
        assertThat(given.when(new CancelPolicy(POLICY, QINLING, null), on))
                .containsExactly(new PolicyCancelled(POLICY, on, null, cny("12000.00"), cny("0.00"), cny("0.00")));
    }

    @Test
    void an_expired_policy_cannot_be_cancelled() {
        Given given = active();
        given.when(new ObserveBusinessDate(POLICY, END), END);
        var rejection = given.rejected(new CancelPolicy(POLICY, QINLING, null), END);
        assertThat(rejection.rule()).isEqualTo("cancel-quoted-or-active");
        assertThat(rejection.state()).isEqualTo("EXPIRED");
    }
}
