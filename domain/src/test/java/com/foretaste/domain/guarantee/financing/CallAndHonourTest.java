package com.foretaste.domain.guarantee.financing;

import com.foretaste.domain.guarantee.RiskSharing;
import com.foretaste.domain.guarantee.financing.GuaranteeCommand.*;
import com.foretaste.domain.guarantee.financing.GuaranteeEvent.*;
import com.foretaste.domain.shared.RejectionKind;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static com.foretaste.domain.guarantee.financing.GuaranteeFixture.*;
import static org.assertj.core.api.Assertions.assertThat;

/** The beneficiary calls on a default; the guarantor assesses, then honours (maker-checker above 100,000.00) or rejects. */
class CallAndHonourTest {

    @Test
    void a_default_while_issued_is_noted_once_and_may_be_called_on() {
        Given given = issued();

        assertThat(given.when(defaulted(), DEFAULTED_ON)).containsExactly(
                new DefaultNoted(GUARANTEE, DEFAULTED_ON, cny("180000.00"), cny("2700.00")));
        assertThat(given.when(defaulted(), DEFAULTED_ON)).isEmpty();
        assertThat(given.when(new CallGuarantee(GUARANTEE, UNIVERSITY, CALL, DEFAULTED_ON), CALLED_ON)).containsExactly(
                new GuaranteeCalled(GUARANTEE, CALL, DEFAULTED_ON, cny("182700.00"), "university", CALLED_ON));
        assertThat(given.state().status()).isEqualTo(GuaranteeStatus.CALLED);
    }

    @Test
    void a_default_before_the_guarantee_was_issued_is_not_covered() {
        Given given = approved();

        assertThat(given.when(defaulted(), DEFAULTED_ON)).isEmpty();
    }

    @Test
    void a_call_names_a_covered_default() {
        assertThat(issued().rejected(new CallGuarantee(GUARANTEE, UNIVERSITY, CALL, DEFAULTED_ON), CALLED_ON).rule())
                .isEqualTo("call-names-covered-default");
        assertThat(requested().rejected(new CallGuarantee(GUARANTEE, UNIVERSITY, CALL, DEFAULTED_ON), CALLED_ON).rule())
                .isEqualTo("call-issued-guarantee");
    }

    @Test
    void a_cured_default_cannot_be_called_on() {
        Given given = defaultedGiven(terms());
        given.when(new NoteCure(GUARANTEE, CALLED_ON.minusDays(1)), CALLED_ON.minusDays(1));

        assertThat(given.rejected(new CallGuarantee(GUARANTEE, UNIVERSITY, CALL, DEFAULTED_ON), CALLED_ON).rule())
                .isEqualTo("default-not-cured");
    }

    @Test
    void with_no_indemnity_the_call_is_assessed_at_the_ratio_of_the_whole_loss_within_the_exposure() {
        // min(127,890.00, 70% x 182,700.00 = 127,890.00)
        assertThat(called().when(new AssessCall(GUARANTEE, ASSESSOR, CALL), HONOURED_ON)).containsExactly(
                new CallAssessed(GUARANTEE, CALL, cny("0.00"), cny("127890.00"), "wang.lei", HONOURED_ON));
    }

    @Test
    void with_the_insurers_indemnity_noted_first_the_call_is_assessed_on_what_it_left() {
        Given given = called();
        given.when(new NoteIndemnity(GUARANTEE, DEFAULTED_ON, cny("138160.00"), CALLED_ON), CALLED_ON);

        // 70% x (182,700.00 - 138,160.00) = 31,178.00
        assertThat(given.when(new AssessCall(GUARANTEE, ASSESSOR, CALL), HONOURED_ON)).containsExactly(
                new CallAssessed(GUARANTEE, CALL, cny("138160.00"), cny("31178.00"), "wang.lei", HONOURED_ON));
    }

    @Test
    void an_indemnity_noted_after_the_assessment_voids_it() {
        Given given = called();
        given.when(new AssessCall(GUARANTEE, ASSESSOR, CALL), HONOURED_ON);
        given.when(new NoteIndemnity(GUARANTEE, DEFAULTED_ON, cny("138160.00"), HONOURED_ON), HONOURED_ON);

        assertThat(given.rejected(new HonourCall(GUARANTEE, CHECKER, CALL, null), HONOURED_ON).rule())
                .isEqualTo("honour-assessed-call");
    }

    @Test
    void honouring_pays_the_assessed_amount_and_claims_the_pools_share() {
        Given given = called();
        given.when(new AssessCall(GUARANTEE, ASSESSOR, CALL), HONOURED_ON);

        assertThat(given.when(new HonourCall(GUARANTEE, CHECKER, CALL, "HON-1"), HONOURED_ON)).containsExactly(
                new CallHonoured(GUARANTEE, CALL, cny("127890.00"), "HON-1", "chen.jing", HONOURED_ON),
                new ReimbursementClaimed(GUARANTEE, CALL, RiskSharing.POOL, cny("63945.00"), HONOURED_ON));
        assertThat(given.state().status()).isEqualTo(GuaranteeStatus.HONOURED);
    }

    @Test
    void anhuis_partners_are_each_claimed_their_share() {
        Given given = honoured(terms(RiskSharing.anhui()));

        assertThat(given.events).contains(
                new ReimbursementClaimed(GUARANTEE, CALL, RiskSharing.RE_GUARANTOR, cny("38367.00"), HONOURED_ON),
                new ReimbursementClaimed(GUARANTEE, CALL, RiskSharing.LENDING_BANK, cny("25578.00"), HONOURED_ON),
                new ReimbursementClaimed(GUARANTEE, CALL, RiskSharing.LOCAL_GOVERNMENT, cny("12789.00"), HONOURED_ON));
    }

    @Test
    void above_the_threshold_the_assessor_cannot_honour() {
        Given given = called();
        given.when(new AssessCall(GUARANTEE, ASSESSOR, CALL), HONOURED_ON);

        var rejection = given.rejected(new HonourCall(GUARANTEE, ASSESSOR, CALL, null), HONOURED_ON);
        assertThat(rejection.rule()).isEqualTo("second-person-honours");
        assertThat(rejection.kind()).isEqualTo(RejectionKind.NOT_A_PARTY);
        assertThat(rejection.message()).contains("wang.lei", "CNY 127890.00", "CNY 100000.00");
    }

    @Test
    void at_or_below_the_threshold_one_person_assesses_and_honours() {
        Given given = called();
        given.when(new NoteIndemnity(GUARANTEE, DEFAULTED_ON, cny("138160.00"), CALLED_ON), CALLED_ON);
        given.when(new AssessCall(GUARANTEE, ASSESSOR, CALL), HONOURED_ON);

        assertThat(given.when(new HonourCall(GUARANTEE, ASSESSOR, CALL, null), HONOURED_ON)).hasSize(2);
        assertThat(given.call().honoured()).isEqualTo(cny("31178.00"));
    }

    @Test
    void a_call_is_honoured_only_once_assessed() {
        assertThat(called().rejected(new HonourCall(GUARANTEE, CHECKER, CALL, null), HONOURED_ON).rule())
                .isEqualTo("honour-assessed-call");
        assertThat(issued().rejected(new AssessCall(GUARANTEE, ASSESSOR, CALL), HONOURED_ON).rule())
                .isEqualTo("assess-open-call");
    }

    @Test
    void a_call_that_would_pay_nothing_is_rejected_with_a_reason_and_the_guarantee_stays_issued() {
        Given given = called();
        given.when(new NoteIndemnity(GUARANTEE, DEFAULTED_ON, cny("182700.00"), CALLED_ON), CALLED_ON);

        assertThat(given.rejected(new AssessCall(GUARANTEE, ASSESSOR, CALL), HONOURED_ON).rule()).isEqualTo("honour-amount-positive");
        assertThat(given.rejected(new RejectCall(GUARANTEE, ASSESSOR, CALL, ""), HONOURED_ON).rule()).isEqualTo("rejection-reason");
        assertThat(given.when(new RejectCall(GUARANTEE, ASSESSOR, CALL, "indemnified in full"), HONOURED_ON)).containsExactly(
                new CallRejected(GUARANTEE, CALL, "indemnified in full", "wang.lei", HONOURED_ON));
        assertThat(given.state().status()).isEqualTo(GuaranteeStatus.ISSUED);
    }

    @Test
    void a_cure_before_honouring_withdraws_the_call() {
        Given given = called();
        LocalDate curedOn = CALLED_ON.plusDays(3);

        assertThat(given.when(new NoteCure(GUARANTEE, curedOn), curedOn)).containsExactly(
                new DefaultCureNoted(GUARANTEE, DEFAULTED_ON, curedOn), new CallWithdrawn(GUARANTEE, CALL, curedOn));
        assertThat(given.state().status()).isEqualTo(GuaranteeStatus.ISSUED);
    }

    @Test
    void an_unknown_call_is_refused_as_not_found() {
        var other = new CallId(java.util.UUID.fromString("00000000-0000-4000-8000-00000000e999"));

        assertThat(called().rejected(new AssessCall(GUARANTEE, ASSESSOR, other), HONOURED_ON).kind())
                .isEqualTo(RejectionKind.NOT_FOUND);
    }
}
