package com.foretaste.domain.insurance.policy;

import com.foretaste.domain.insurance.policy.PolicyCommand.*;
import com.foretaste.domain.insurance.policy.PolicyEvent.*;
import com.foretaste.domain.shared.RejectionKind;
import org.junit.jupiter.api.Test;

import static com.foretaste.domain.insurance.policy.PolicyFixture.*;
import static org.assertj.core.api.Assertions.assertThat;

class PremiumTest {

    @Test
    void the_policy_becomes_active_the_day_both_shares_of_the_premium_are_received() {
        Given given = quoted();
        assertThat(given.when(new RecordPremiumPayment(POLICY, ASSESSOR, PremiumPayer.SUBSIDY, cny("4800.00"), "GOV"), ACTIVE_ON))
                .containsExactly(new PremiumPaid(POLICY, PremiumPayer.SUBSIDY, cny("4800.00"), "GOV", ACTIVE_ON));
        assertThat(given.state().status()).isEqualTo(PolicyStatus.QUOTED);
        given.when(new RecordPremiumPayment(POLICY, ASSESSOR, PremiumPayer.POLICYHOLDER, cny("7000.00"), "Q1"), ACTIVE_ON);
        assertThat(given.when(new RecordPremiumPayment(POLICY, ASSESSOR, PremiumPayer.POLICYHOLDER, cny("200.00"), "Q2"), DUE))
                .endsWith(new PolicyActivated(POLICY, DUE));
        assertThat(given.state()).isEqualTo(new PolicyState.Active(given.file(), DUE));
    }

    @Test
    void a_share_is_never_paid_beyond_its_amount() {
        var rejection = quoted().rejected(new RecordPremiumPayment(POLICY, ASSESSOR, PremiumPayer.SUBSIDY, cny("4800.01"), null),
                ACTIVE_ON);
        assertThat(rejection.rule()).isEqualTo("premium-share-not-exceeded");
        assertThat(rejection.field()).isEqualTo("amount");
    }

    @Test
    void premium_is_recorded_by_the_insurer_only_and_strangers_learn_nothing() {
        var byLicensee = quoted().rejected(new RecordPremiumPayment(POLICY, QINLING, PremiumPayer.POLICYHOLDER, cny("1.00"), null),
                ACTIVE_ON);
        assertThat(byLicensee.kind()).isEqualTo(RejectionKind.NOT_A_PARTY);
        assertThat(byLicensee.rule()).isEqualTo("insurer-only");
        var byStranger = quoted().rejected(new RecordPremiumPayment(POLICY, new Actor(STRANGER, "x"), PremiumPayer.POLICYHOLDER,
                cny("1.00"), null), ACTIVE_ON);
        assertThat(byStranger.rule()).isEqualTo(PolicyAccess.PARTY_RULE);
    }

    @Test
    void premium_after_its_due_date_is_refused_and_the_next_day_the_quote_lapses_returning_what_was_paid() {
        Given given = quoted();
        given.when(new RecordPremiumPayment(POLICY, ASSESSOR, PremiumPayer.SUBSIDY, cny("4800.00"), null), ACTIVE_ON);
        assertThat(given.rejected(new RecordPremiumPayment(POLICY, ASSESSOR, PremiumPayer.POLICYHOLDER, cny("7200.00"), null),
                DUE.plusDays(1)).rule()).isEqualTo("premium-by-due-date");

        assertThat(Policy.nextAttention(given.state())).contains(DUE.plusDays(1));
        assertThat(given.when(new ObserveBusinessDate(POLICY, DUE), DUE)).isEmpty();
        assertThat(given.when(new ObserveBusinessDate(POLICY, DUE.plusDays(1)), DUE.plusDays(1)))
                .containsExactly(new PolicyLapsed(POLICY, DUE.plusDays(1), cny("0.00"), cny("4800.00")));
        assertThat(given.state().status()).isEqualTo(PolicyStatus.LAPSED);
        assertThat(Policy.nextAttention(given.state())).isEmpty();
        assertThat(given.when(new ObserveBusinessDate(POLICY, DUE.plusDays(2)), DUE.plusDays(2))).isEmpty();
    }

    @Test
    void premium_is_paid_only_while_quoted() {
        var rejection = active().rejected(new RecordPremiumPayment(POLICY, ASSESSOR, PremiumPayer.SUBSIDY, cny("1.00"), null), DUE);
        assertThat(rejection.rule()).isEqualTo("premium-while-quoted");
        assertThat(rejection.state()).isEqualTo("ACTIVE");
    }

    @Test
    void an_active_policy_expires_on_the_first_day_after_its_period_and_nothing_happens_before() {
        Given given = active();
        assertThat(Policy.nextAttention(given.state())).contains(END);
        assertThat(given.when(new ObserveBusinessDate(POLICY, END.minusDays(1)), END.minusDays(1))).isEmpty();
        assertThat(given.when(new ObserveBusinessDate(POLICY, END), END)).containsExactly(new PolicyExpired(POLICY, END));
        assertThat(given.state().status()).isEqualTo(PolicyStatus.EXPIRED);
        assertThat(given.when(new ObserveBusinessDate(POLICY, END.plusDays(1)), END.plusDays(1))).isEmpty();
    }
}
