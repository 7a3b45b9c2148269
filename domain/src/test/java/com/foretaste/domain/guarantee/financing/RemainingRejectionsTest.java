package com.foretaste.domain.guarantee.financing;

import com.foretaste.domain.guarantee.RiskSharing;
import com.foretaste.domain.guarantee.financing.GuaranteeCommand.*;
import com.foretaste.domain.shared.AgreementId;
import com.foretaste.domain.shared.Money;
import com.foretaste.domain.shared.RejectionKind;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.UUID;

import static com.foretaste.domain.guarantee.financing.GuaranteeFixture.*;
import static org.assertj.core.api.Assertions.assertThat;

/** The refusals not shown elsewhere: each names its rule and leaves the guarantee as it was. */
class RemainingRejectionsTest {

    private static final LocalDate LATER = LocalDate.of(2026, 9, 1);

    private static GuaranteeTerms terms(AgreementId agreement, Money threshold, CounterGuarantee pledge) {
        GuaranteeTerms t = GuaranteeFixture.terms();
        return new GuaranteeTerms(t.guarantor(), t.beneficiary(), t.obligor(), agreement, t.cap(), t.coverageRatio(),
                t.annualFeeRate(), t.term(), pledge, RiskSharing.xian(), threshold);
    }

    @Test
    void a_request_is_complete_names_its_agreement_and_has_sound_amounts() {
        GuaranteeTerms t = GuaranteeFixture.terms();
        GuaranteeTerms noCap = new GuaranteeTerms(t.guarantor(), t.beneficiary(), t.obligor(), AGREEMENT, null,
                t.coverageRatio(), t.annualFeeRate(), t.term(), null, t.programme(), t.secondApprovalAbove());
        AgreementId other = new AgreementId(UUID.fromString("00000000-0000-4000-8000-00000000b999"));
        CounterGuarantee negative = new CounterGuarantee(CounterGuarantee.Kind.PATENT_PLEDGE, "CN114123456B", cny("-1.00"));

        assertThat(nothing().rejected(request(noCap), REQUESTED_ON).rule()).isEqualTo("terms-complete");
        assertThat(nothing().rejected(request(terms(other, cny("0.00"), null)), REQUESTED_ON).rule()).isEqualTo("agreement-named");
        assertThat(nothing().rejected(request(terms(AGREEMENT, cny("-0.01"), null)), REQUESTED_ON).rule())
                .isEqualTo("threshold-non-negative");
        assertThat(nothing().rejected(request(terms(AGREEMENT, cny("0.00"), negative)), REQUESTED_ON).rule())
                .isEqualTo("appraised-value-non-negative");
    }

    @Test
    void approval_needs_the_guarantors_book_and_a_term_not_ended() {
        assertThat(requested().rejected(new ApproveGuarantee(GUARANTEE, ASSESSOR, null), APPROVED_ON).rule())
                .isEqualTo("guarantor-book");
        var late = requested().rejected(new ApproveGuarantee(GUARANTEE, ASSESSOR, book()), TERM_END);
        assertThat(late.rule()).isEqualTo("term-ahead");
        assertThat(late.kind()).isEqualTo(RejectionKind.NOT_ALLOWED_IN_STATE);
        assertThat(late.state()).isEqualTo("REQUESTED");
    }

    @Test
    void amounts_are_positive_and_in_the_guarantees_currency() {
        Given given = honoured();

        assertThat(given.rejected(new RecordReimbursement(GUARANTEE, ASSESSOR, CALL, RiskSharing.POOL, cny("0.00"), null), LATER)
                .rule()).isEqualTo("amount-positive");
        assertThat(given.rejected(new RecordReimbursement(GUARANTEE, ASSESSOR, CALL, RiskSharing.POOL,
                Money.of("1.00", "USD"), null), LATER).rule()).isEqualTo("guarantee-currency");
        assertThat(given.rejected(new RecordFeePayment(GUARANTEE, ASSESSOR, cny("1.00"), "x".repeat(1001)), LATER).rule())
                .isEqualTo("fee-while-approved-or-issued");
        assertThat(issued().rejected(new RecordFeePayment(GUARANTEE, ASSESSOR, cny("1.00"), "x".repeat(1001)), LATER).rule())
                .isEqualTo("reference-text");
    }

    @Test
    void a_call_has_an_id_and_an_indemnity_stays_within_the_loss() {
        Given given = defaultedGiven(GuaranteeFixture.terms());

        assertThat(given.rejected(new CallGuarantee(GUARANTEE, UNIVERSITY, null, DEFAULTED_ON), CALLED_ON).rule())
                .isEqualTo("call-id");
        assertThat(given.rejected(new NoteIndemnity(GUARANTEE, DEFAULTED_ON, cny("182700.01"), CALLED_ON), CALLED_ON).rule())
                .isEqualTo("indemnity-within-loss");
    }

    @Test
    void nothing_is_written_off_once_everything_is_settled() {
        Given given = honoured();
        given.when(new NoteIndemnity(GUARANTEE, DEFAULTED_ON, cny("182700.00"), LATER), LATER);

        // the insurer indemnified the whole loss: the guarantor's share is 0.00, all of it refunded by the beneficiary
        assertThat(given.call().share()).isEqualTo(cny("0.00"));
        assertThat(given.rejected(new WriteOff(GUARANTEE, ASSESSOR, CALL, "nothing left"), LATER).rule())
                .isEqualTo("something-to-write-off");
    }
}
