package com.foretaste.domain.insurance.policy;

import com.foretaste.domain.insurance.policy.PolicyCommand.*;
import com.foretaste.domain.insurance.policy.PolicyEvent.*;
import com.foretaste.domain.shared.Rate;
import com.foretaste.domain.shared.RejectionKind;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static com.foretaste.domain.insurance.policy.PolicyFixture.*;
import static org.assertj.core.api.Assertions.assertThat;

class ClaimTest {

    private static final LocalDate ASSESSED_ON = CLAIMABLE_FROM.plusDays(3);
    private static final LocalDate APPROVED_ON = CLAIMABLE_FROM.plusDays(5);

    @Test
    void a_default_inside_the_period_while_active_is_covered_with_its_loss_and_the_end_of_its_waiting_period() {
        assertThat(active().when(defaulted(), DEFAULTED_ON)).containsExactly(new DefaultCovered(POLICY, DEFAULTED_ON,
                cny("180000.00"), cny("2700.00"), List.of(2), LocalDate.of(2026, 7, 30)));
    }

    @Test
    void a_default_before_activation_or_outside_the_period_or_noted_twice_is_not_covered() {
        assertThat(quoted().when(defaulted(), DEFAULTED_ON)).isEmpty();
        assertThat(active().when(defaulted(ACTIVE_ON.minusDays(1), "1.00", "0.00"), ACTIVE_ON)).isEmpty();
        assertThat(active().when(defaulted(END, "1.00", "0.00"), END)).isEmpty();
        Given given = active();
        given.when(defaulted(), DEFAULTED_ON);
        assertThat(given.when(defaulted(), DEFAULTED_ON)).isEmpty();
    }

    @Test
    void a_claim_may_not_be_filed_before_the_waiting_period_is_over() {
        Given given = active();
        given.when(defaulted(), DEFAULTED_ON);
        var rejection = given.rejected(new FileClaim(POLICY, UNIVERSITY, CLAIM, DEFAULTED_ON), CLAIMABLE_FROM.minusDays(1));
        assertThat(rejection.rule()).isEqualTo("waiting-period-over");
        assertThat(Policy.nextAttention(given.state())).contains(CLAIMABLE_FROM);
        assertThat(given.when(new ObserveBusinessDate(POLICY, CLAIMABLE_FROM.minusDays(1)), CLAIMABLE_FROM.minusDays(1))).isEmpty();
        assertThat(given.when(new ObserveBusinessDate(POLICY, CLAIMABLE_FROM), CLAIMABLE_FROM))
                .containsExactly(new ClaimBecameFileable(POLICY, DEFAULTED_ON, CLAIMABLE_FROM));
        assertThat(given.when(new ObserveBusinessDate(POLICY, CLAIMABLE_FROM), CLAIMABLE_FROM)).isEmpty();
    }

    @Test
    void the_insured_files_one_claim_per_covered_default_for_the_loss_the_default_left() {
        Given given = claimable();
        assertThat(given.rejected(new FileClaim(POLICY, ASSESSOR, CLAIM, DEFAULTED_ON), CLAIMABLE_FROM).rule())
                .isEqualTo("insured-only");
        assertThat(given.rejected(new FileClaim(POLICY, UNIVERSITY, CLAIM, DEFAULTED_ON.plusDays(1)), CLAIMABLE_FROM).rule())
                .isEqualTo("claim-names-covered-default");
        assertThat(given.when(new FileClaim(POLICY, UNIVERSITY, CLAIM, DEFAULTED_ON), CLAIMABLE_FROM)).containsExactly(
                new ClaimFiled(POLICY, CLAIM, DEFAULTED_ON, cny("182700.00"), "university", false, CLAIMABLE_FROM));
        ClaimId another = new ClaimId(UUID.randomUUID());
        assertThat(given.rejected(new FileClaim(POLICY, UNIVERSITY, another, DEFAULTED_ON), CLAIMABLE_FROM).rule())
                .isEqualTo("one-claim-per-default");
    }

    @Test
    void where_the_policy_says_so_it_files_the_claim_itself_when_the_waiting_period_ends() {
        Given given = active(terms(cny("500000.00"), Rate.of("0.8"), cny("10000.00"), true));
        given.when(defaulted(), DEFAULTED_ON);
        List<PolicyEvent> events = given.when(new ObserveBusinessDate(POLICY, CLAIMABLE_FROM), CLAIMABLE_FROM);
        ClaimId automatic = CoverDecisions.automaticClaimId(POLICY, DEFAULTED_ON);
        assertThat(events).containsExactly(new ClaimBecameFileable(POLICY, DEFAULTED_ON, CLAIMABLE_FROM),
                new ClaimFiled(POLICY, automatic, DEFAULTED_ON, cny("182700.00"), "platform", true, CLAIMABLE_FROM));
    }

    @Test
    void assessment_sets_a_reserve_no_larger_than_the_claim_can_pay() {
        Given given = filed();
        assertThat(given.rejected(new AssessClaim(POLICY, ASSESSOR, CLAIM, cny("138160.01"), null), ASSESSED_ON).rule())
                .isEqualTo("reserve-within-indemnity");
        assertThat(given.rejected(new AssessClaim(POLICY, UNIVERSITY, CLAIM, cny("1.00"), null), ASSESSED_ON).rule())
                .isEqualTo("insurer-only");
        assertThat(given.when(new AssessClaim(POLICY, ASSESSOR, CLAIM, cny("120000.00"), "first look"), ASSESSED_ON))
                .containsExactly(new ClaimAssessed(POLICY, CLAIM, cny("120000.00"), "zhao.min", "first look", ASSESSED_ON));
        given.when(new AssessClaim(POLICY, ASSESSOR, CLAIM, cny("138160.00"), "revised"), ASSESSED_ON);
        assertThat(given.claim(CLAIM).reserve()).isEqualTo(cny("138160.00"));
        assertThat(given.claim(CLAIM).status()).isEqualTo(ClaimStatus.ASSESSING);
    }

    @Test
    void approval_comes_after_assessment_and_pays_the_formula_due_within_the_payment_period() {
        assertThat(filed().rejected(new ApproveClaim(POLICY, CHECKER, CLAIM), APPROVED_ON).rule())
                .isEqualTo("approve-assessed-claim");
        Given given = assessed("138160.00");
        assertThat(given.when(new ApproveClaim(POLICY, CHECKER, CLAIM), APPROVED_ON)).containsExactly(
                new ClaimApproved(POLICY, CLAIM, cny("138160.00"), "li.na", APPROVED_ON, APPROVED_ON.plusDays(30)));
        assertThat(given.claim(CLAIM).reserve()).isEqualTo(cny("138160.00"));
        assertThat(given.file().remainingLimit()).isEqualTo(cny("361840.00"));
    }

    @Test
    void a_claim_that_would_pay_nothing_is_rejected_not_approved() {
        Given given = active();
        given.when(defaulted(DEFAULTED_ON, "8000.00", "0.00"), DEFAULTED_ON);
        given.when(new ObserveBusinessDate(POLICY, CLAIMABLE_FROM), CLAIMABLE_FROM);
        given.when(new FileClaim(POLICY, UNIVERSITY, CLAIM, DEFAULTED_ON), CLAIMABLE_FROM);
        given.when(new AssessClaim(POLICY, ASSESSOR, CLAIM, cny("0.00"), "within the deductible"), ASSESSED_ON);
        assertThat(given.rejected(new ApproveClaim(POLICY, CHECKER, CLAIM), APPROVED_ON).rule()).isEqualTo("indemnity-positive");
        assertThat(given.rejected(new RejectClaim(POLICY, CHECKER, CLAIM, " "), APPROVED_ON).rule()).isEqualTo("rejection-reason");
        assertThat(given.when(new RejectClaim(POLICY, CHECKER, CLAIM, "loss within the deductible"), APPROVED_ON))
                .containsExactly(new ClaimRejected(POLICY, CLAIM, "loss within the deductible", "li.na", APPROVED_ON));
        assertThat(given.claim(CLAIM).status()).isEqualTo(ClaimStatus.REJECTED);
        assertThat(given.claim(CLAIM).reserve()).isEqualTo(cny("0.00"));
        assertThat(given.rejected(new RejectClaim(POLICY, CHECKER, CLAIM, "again"), APPROVED_ON).rule())
                .isEqualTo("reject-undecided-claim");
    }

    @Test
    void an_approved_claim_is_paid_its_indemnity_and_its_reserve_moves_to_paid() {
        Given given = approved();
        assertThat(given.rejected(new ApproveClaim(POLICY, CHECKER, CLAIM), APPROVED_ON).state()).isEqualTo("APPROVED");
        LocalDate paidOn = APPROVED_ON.plusDays(10);
        assertThat(given.when(new PayClaim(POLICY, ASSESSOR, CLAIM, "SWIFT-1"), paidOn))
                .containsExactly(new ClaimPaid(POLICY, CLAIM, cny("138160.00"), "SWIFT-1", "zhao.min", paidOn));
        assertThat(given.claim(CLAIM).status()).isEqualTo(ClaimStatus.PAID);
        assertThat(given.claim(CLAIM).reserve()).isEqualTo(cny("0.00"));
        assertThat(given.rejected(new PayClaim(POLICY, ASSESSOR, CLAIM, null), paidOn).rule()).isEqualTo("pay-approved-claim");
    }

    @Test
    void an_approved_claim_unpaid_after_its_due_date_becomes_overdue_once() {
        Given given = approved();
        LocalDate due = APPROVED_ON.plusDays(30);
        assertThat(Policy.nextAttention(given.state())).contains(due.plusDays(1));
        assertThat(given.when(new ObserveBusinessDate(POLICY, due), due)).isEmpty();
        assertThat(given.when(new ObserveBusinessDate(POLICY, due.plusDays(1)), due.plusDays(1)))
                .containsExactly(new ClaimPaymentOverdue(POLICY, CLAIM, due, due.plusDays(1)));
        assertThat(given.when(new ObserveBusinessDate(POLICY, due.plusDays(2)), due.plusDays(2))).isEmpty();
        assertThat(given.claim(CLAIM).paymentOverdue()).isTrue();
    }

    @Test
    void claims_on_covered_defaults_go_on_after_the_policy_expires() {
        Given given = active();
        LocalDate lateDefault = LocalDate.of(2026, 12, 1);
        given.when(defaulted(lateDefault, "50000.00", "0.00"), lateDefault);
        given.when(new ObserveBusinessDate(POLICY, END), END);
        assertThat(given.state().status()).isEqualTo(PolicyStatus.EXPIRED);
        assertThat(Policy.nextAttention(given.state())).contains(lateDefault.plusDays(90));
        given.when(new ObserveBusinessDate(POLICY, lateDefault.plusDays(90)), lateDefault.plusDays(90));
        assertThat(given.when(new FileClaim(POLICY, UNIVERSITY, CLAIM, lateDefault), lateDefault.plusDays(90))).hasSize(1);
    }

    @Test
    void a_cure_withdraws_the_claims_not_yet_paid_and_no_claim_can_be_filed_on_a_cured_default() {
        Given given = assessed("100000.00");
        LocalDate curedOn = CLAIMABLE_FROM.plusDays(4);
        assertThat(given.when(new NoteCure(POLICY, curedOn), curedOn)).containsExactly(
                new DefaultCureNoted(POLICY, DEFAULTED_ON, curedOn), new ClaimWithdrawn(POLICY, CLAIM, curedOn));
        assertThat(given.claim(CLAIM).status()).isEqualTo(ClaimStatus.WITHDRAWN);
        assertThat(given.claim(CLAIM).reserve()).isEqualTo(cny("0.00"));
        assertThat(given.when(new NoteCure(POLICY, curedOn), curedOn)).isEmpty();

        Given waiting = active();
        waiting.when(defaulted(), DEFAULTED_ON);
        waiting.when(new NoteCure(POLICY, DEFAULTED_ON.plusDays(10)), DEFAULTED_ON.plusDays(10));
        assertThat(Policy.nextAttention(waiting.state())).contains(END);
        waiting.when(new ObserveBusinessDate(POLICY, CLAIMABLE_FROM), CLAIMABLE_FROM);
        assertThat(waiting.rejected(new FileClaim(POLICY, UNIVERSITY, CLAIM, DEFAULTED_ON), CLAIMABLE_FROM).rule())
                .isEqualTo("default-not-cured");
    }

    @Test
    void a_cure_after_payment_leaves_the_paid_claim_alone() {
        Given given = paid();
        LocalDate curedOn = CLAIMABLE_FROM.plusDays(40);
        assertThat(given.when(new NoteCure(POLICY, curedOn), curedOn))
                .containsExactly(new DefaultCureNoted(POLICY, DEFAULTED_ON, curedOn));
        assertThat(given.claim(CLAIM).status()).isEqualTo(ClaimStatus.PAID);
    }

    @Test
    void claims_are_filed_only_under_an_active_or_expired_policy() {
        var rejection = quoted().rejected(new FileClaim(POLICY, UNIVERSITY, CLAIM, DEFAULTED_ON), CLAIMABLE_FROM);
        assertThat(rejection.rule()).isEqualTo("claim-on-active-or-expired-policy");
        assertThat(rejection.kind()).isEqualTo(RejectionKind.NOT_ALLOWED_IN_STATE);
    }

    @Test
    void a_claim_that_does_not_exist_is_not_found() {
        var rejection = active().rejected(new AssessClaim(POLICY, ASSESSOR, CLAIM, cny("1.00"), null), DUE);
        assertThat(rejection.kind()).isEqualTo(RejectionKind.NOT_FOUND);
    }
}
