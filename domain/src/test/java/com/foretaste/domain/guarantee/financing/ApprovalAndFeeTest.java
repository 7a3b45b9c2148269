package com.foretaste.domain.guarantee.financing;

import com.foretaste.domain.guarantee.financing.GuaranteeCommand.*;
import com.foretaste.domain.guarantee.financing.GuaranteeEvent.*;
import com.foretaste.domain.guarantee.limits.GuarantorBook;
import com.foretaste.domain.shared.DateRange;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static com.foretaste.domain.guarantee.financing.GuaranteeFixture.*;
import static org.assertj.core.api.Assertions.assertThat;

/** Approval within the limits or a reasoned decline; the fee in yearly instalments, the first of which issues the guarantee. */
class ApprovalAndFeeTest {

    private static final List<FeeInstalment> FEE = List.of(
            new FeeInstalment(1, new DateRange(TERM_START, LocalDate.of(2027, 3, 1)), FIRST_FEE_DUE, cny("6000.00")),
            new FeeInstalment(2, new DateRange(LocalDate.of(2027, 3, 1), TERM_END), LocalDate.of(2027, 3, 1), cny("3024.66")));

    @Test
    void approval_sets_the_fee_a_year_at_a_time_pro_rata_for_the_last_part_year() {
        // 300,000.00 x 2% x 365 / 365 = 6,000.00; x 184 / 365 = 3,024.657... -> 3,024.66
        assertThat(requested().when(new ApproveGuarantee(GUARANTEE, ASSESSOR, book()), APPROVED_ON)).containsExactly(
                new GuaranteeApproved(GUARANTEE, FEE, cny("280000.00"), "wang.lei", APPROVED_ON));
    }

    @Test
    void approval_that_would_pass_ten_times_net_assets_is_refused_with_the_figures() {
        GuarantorBook full = new GuarantorBook(cny("200000000.00"), false, cny("1999800000.00"), cny("0.00"), cny("0.00"));

        var rejection = requested().rejected(new ApproveGuarantee(GUARANTEE, ASSESSOR, full), APPROVED_ON);

        assertThat(rejection.rule()).isEqualTo("leverage-limit");
        assertThat(rejection.message()).contains("CNY 2000080000.00", "CNY 280000.00", "CNY 2000000000.00", "by CNY 80000.00");
    }

    @Test
    void approval_that_would_pass_ten_percent_to_one_obligor_is_refused() {
        GuarantorBook qinlingHeavy = new GuarantorBook(cny("200000000.00"), false, cny("50000000.00"),
                cny("19800000.00"), cny("19800000.00"));

        assertThat(requested().rejected(new ApproveGuarantee(GUARANTEE, ASSESSOR, qinlingHeavy), APPROVED_ON).rule())
                .isEqualTo("single-obligor-limit");
    }

    @Test
    void only_a_request_is_approved_or_declined() {
        assertThat(approved().rejected(new ApproveGuarantee(GUARANTEE, ASSESSOR, book()), APPROVED_ON).rule())
                .isEqualTo("approve-requested");
        assertThat(approved().rejected(new DeclineGuarantee(GUARANTEE, ASSESSOR, "late"), APPROVED_ON).rule())
                .isEqualTo("decline-requested");
    }

    @Test
    void a_decline_states_its_reason() {
        Given given = requested();

        assertThat(given.rejected(new DeclineGuarantee(GUARANTEE, ASSESSOR, " "), APPROVED_ON).rule()).isEqualTo("decline-reason");
        assertThat(given.when(new DeclineGuarantee(GUARANTEE, ASSESSOR, "thin revenue"), APPROVED_ON)).containsExactly(
                new GuaranteeDeclined(GUARANTEE, "thin revenue", "wang.lei", APPROVED_ON));
        assertThat(given.state().status()).isEqualTo(GuaranteeStatus.DECLINED);
    }

    @Test
    void paying_the_first_instalment_in_full_issues_the_guarantee() {
        Given given = approved();

        assertThat(given.when(new RecordFeePayment(GUARANTEE, ASSESSOR, cny("2000.00"), "F-1"), ISSUED_ON)).containsExactly(
                new FeePaid(GUARANTEE, cny("2000.00"), "F-1", "wang.lei", ISSUED_ON));
        assertThat(given.when(new RecordFeePayment(GUARANTEE, ASSESSOR, cny("4000.00"), "F-2"), ISSUED_ON)).containsExactly(
                new FeePaid(GUARANTEE, cny("4000.00"), "F-2", "wang.lei", ISSUED_ON),
                new GuaranteeIssued(GUARANTEE, ISSUED_ON, cny("280000.00")));
        assertThat(given.state().status()).isEqualTo(GuaranteeStatus.ISSUED);
        assertThat(FinancingGuarantee.exposure(given.state())).isEqualTo(cny("280000.00"));
    }

    @Test
    void fee_is_never_paid_beyond_what_is_unpaid() {
        assertThat(approved().rejected(new RecordFeePayment(GUARANTEE, ASSESSOR, cny("9024.67"), null), ISSUED_ON).rule())
                .isEqualTo("fee-not-exceeded");
        assertThat(approved().rejected(new RecordFeePayment(GUARANTEE, ASSESSOR, cny("0.00"), null), ISSUED_ON).rule())
                .isEqualTo("amount-positive");
        assertThat(requested().rejected(new RecordFeePayment(GUARANTEE, ASSESSOR, cny("1.00"), null), ISSUED_ON).rule())
                .isEqualTo("fee-while-approved-or-issued");
    }

    @Test
    void an_approval_whose_first_fee_is_unpaid_after_its_due_date_lapses() {
        Given given = approved();

        assertThat(given.when(new ObserveBusinessDate(GUARANTEE, FIRST_FEE_DUE), FIRST_FEE_DUE)).isEmpty();
        assertThat(given.when(new ObserveBusinessDate(GUARANTEE, FIRST_FEE_DUE.plusDays(1)), FIRST_FEE_DUE.plusDays(1)))
                .containsExactly(new ApprovalLapsed(GUARANTEE, FIRST_FEE_DUE.plusDays(1)));
        assertThat(given.state().status()).isEqualTo(GuaranteeStatus.LAPSED);
        assertThat(FinancingGuarantee.liability(given.state())).isEqualTo(cny("0.00"));
    }

    @Test
    void a_later_instalment_unpaid_the_day_after_its_due_date_is_overdue_once() {
        Given given = issued();
        LocalDate after = LocalDate.of(2027, 3, 2);

        assertThat(given.when(new ObserveBusinessDate(GUARANTEE, after), after)).containsExactly(
                new FeeInstalmentOverdue(GUARANTEE, 2, cny("3024.66"), after));
        assertThat(given.when(new ObserveBusinessDate(GUARANTEE, after), after)).isEmpty();
    }

    @Test
    void an_approved_guarantee_counts_against_the_limits_before_it_is_issued() {
        assertThat(FinancingGuarantee.liability(approved().state())).isEqualTo(cny("280000.00"));
        assertThat(FinancingGuarantee.exposure(approved().state())).isEqualTo(cny("0.00"));
    }
}
