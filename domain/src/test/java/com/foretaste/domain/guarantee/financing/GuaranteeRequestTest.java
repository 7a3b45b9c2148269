package com.foretaste.domain.guarantee.financing;

import com.foretaste.domain.guarantee.RiskSharing;
import com.foretaste.domain.guarantee.financing.GuaranteeCommand.*;
import com.foretaste.domain.guarantee.financing.GuaranteeEvent.GuaranteeRequested;
import com.foretaste.domain.shared.DateRange;
import com.foretaste.domain.shared.Money;
import com.foretaste.domain.shared.Rate;
import com.foretaste.domain.shared.RejectionKind;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static com.foretaste.domain.guarantee.financing.GuaranteeFixture.*;
import static org.assertj.core.api.Assertions.assertThat;

/** A request names the parties, the agreement, the cap, ratio, fee rate, term, counter-guarantee and programme. */
class GuaranteeRequestTest {

    private static GuaranteeTerms with(Money cap, Rate ratio, Rate fee, DateRange term) {
        GuaranteeTerms t = terms();
        return new GuaranteeTerms(t.guarantor(), t.beneficiary(), t.obligor(), t.agreementId(), cap, ratio, fee, term,
                t.counterGuarantee(), t.programme(), t.secondApprovalAbove());
    }

    private static String refused(GuaranteeTerms terms) {
        return nothing().rejected(request(terms), REQUESTED_ON).rule();
    }

    @Test
    void a_party_requests_a_guarantee_and_its_exposure_starts_at_the_ratio_of_what_is_owed() {
        Given given = nothing();

        assertThat(given.when(request(terms()), REQUESTED_ON)).containsExactly(
                new GuaranteeRequested(GUARANTEE, terms(), agreement(), "qinling", REQUESTED_ON));
        assertThat(given.state().status()).isEqualTo(GuaranteeStatus.REQUESTED);
        assertThat(given.file().exposure()).isEqualTo(cny("280000.00"));
        assertThat(FinancingGuarantee.parties(given.state())).containsExactlyInAnyOrder(GUARANTOR, LICENSOR, LICENSEE);
    }

    @Test
    void only_a_party_named_in_the_terms_requests_it() {
        assertThat(nothing().rejected(new RequestGuarantee(GUARANTEE, new Actor(STRANGER, "x"), terms(), agreement()),
                REQUESTED_ON).rule()).isEqualTo("request-by-party");
    }

    @Test
    void the_obligor_is_the_licensee_of_an_open_agreement() {
        GuaranteeTerms t = terms();
        GuaranteeTerms licensorAsObligor = new GuaranteeTerms(GUARANTOR, STRANGER, LICENSOR, AGREEMENT, t.cap(),
                t.coverageRatio(), t.annualFeeRate(), t.term(), null, RiskSharing.none(), t.secondApprovalAbove());
        GuaranteedAgreement closed = new GuaranteedAgreement(AGREEMENT, LICENSOR, LICENSEE, Money.CNY, false, cny("0.00"));

        assertThat(nothing().rejected(new RequestGuarantee(GUARANTEE, new Actor(LICENSOR, "u"), licensorAsObligor, agreement()),
                REQUESTED_ON).rule()).isEqualTo("obligor-is-licensee");
        assertThat(nothing().rejected(new RequestGuarantee(GUARANTEE, QINLING, terms(), closed), REQUESTED_ON).rule())
                .isEqualTo("agreement-open");
    }

    @Test
    void guarantor_beneficiary_and_obligor_are_three_organisations() {
        GuaranteeTerms t = terms();
        GuaranteeTerms selfGuaranteed = new GuaranteeTerms(GUARANTOR, GUARANTOR, LICENSEE, AGREEMENT, t.cap(),
                t.coverageRatio(), t.annualFeeRate(), t.term(), null, RiskSharing.none(), t.secondApprovalAbove());

        assertThat(refused(selfGuaranteed)).isEqualTo("parties-distinct");
    }

    @Test
    void amounts_are_in_the_agreements_currency_and_the_cap_is_positive() {
        DateRange term = terms().term();
        assertThat(refused(with(Money.of("300000.00", "USD"), Rate.of("0.7"), Rate.of("0.02"), term)))
                .isEqualTo("guarantee-currency-is-agreement-currency");
        assertThat(refused(with(cny("0.00"), Rate.of("0.7"), Rate.of("0.02"), term))).isEqualTo("cap-positive");
    }

    @Test
    void ratios_and_fee_rates_lie_above_zero_and_at_most_one() {
        DateRange term = terms().term();
        assertThat(refused(with(cny("1.00"), Rate.of("0"), Rate.of("0.02"), term))).isEqualTo("coverage-ratio-range");
        assertThat(refused(with(cny("1.00"), Rate.of("1.01"), Rate.of("0.02"), term))).isEqualTo("coverage-ratio-range");
        assertThat(refused(with(cny("1.00"), Rate.of("1"), Rate.of("0"), term))).isEqualTo("fee-rate-range");
    }

    @Test
    void the_term_runs_at_most_ten_years_and_has_not_ended() {
        assertThat(refused(with(cny("1.00"), Rate.of("0.7"), Rate.of("0.02"), new DateRange(TERM_START, TERM_START))))
                .isEqualTo("term-length");
        assertThat(refused(with(cny("1.00"), Rate.of("0.7"), Rate.of("0.02"),
                new DateRange(TERM_START, TERM_START.plusYears(10).plusDays(1))))).isEqualTo("term-length");
        assertThat(refused(with(cny("1.00"), Rate.of("0.7"), Rate.of("0.02"),
                new DateRange(LocalDate.of(2025, 1, 1), REQUESTED_ON)))).isEqualTo("term-ahead");
    }

    @Test
    void a_counter_guarantee_names_its_subject() {
        GuaranteeTerms t = terms();
        GuaranteeTerms unnamed = new GuaranteeTerms(GUARANTOR, LICENSOR, LICENSEE, AGREEMENT, t.cap(), t.coverageRatio(),
                t.annualFeeRate(), t.term(), new CounterGuarantee(CounterGuarantee.Kind.EQUITY_PLEDGE, " ", null),
                t.programme(), t.secondApprovalAbove());

        assertThat(refused(unnamed)).isEqualTo("counter-guarantee-named");
    }

    @Test
    void an_id_is_requested_once() {
        assertThat(requested().rejected(request(terms()), REQUESTED_ON).rule()).isEqualTo("guarantee-id-unused");
    }

    @Test
    void a_command_to_an_unknown_guarantee_is_refused_as_not_found() {
        var rejection = nothing().rejected(new DeclineGuarantee(GUARANTEE, ASSESSOR, "no"), REQUESTED_ON);

        assertThat(rejection.kind()).isEqualTo(RejectionKind.NOT_FOUND);
        assertThat(rejection.rule()).isEqualTo("guarantee-requested");
    }

    @Test
    void an_organisation_that_is_no_party_learns_nothing() {
        var rejection = requested().rejected(new ApproveGuarantee(GUARANTEE, new Actor(STRANGER, "x"), book()), APPROVED_ON);

        assertThat(rejection.kind()).isEqualTo(RejectionKind.NOT_A_PARTY);
        assertThat(rejection.rule()).isEqualTo(GuaranteeAccess.PARTY_RULE);
    }

    @Test
    void a_party_in_the_wrong_part_is_refused_by_its_part() {
        assertThat(requested().rejected(new ApproveGuarantee(GUARANTEE, UNIVERSITY, book()), APPROVED_ON).rule())
                .isEqualTo("guarantor-only");
        assertThat(defaultedGiven(terms()).rejected(new CallGuarantee(GUARANTEE, CHECKER, CALL, DEFAULTED_ON), CALLED_ON)
                .rule()).isEqualTo("beneficiary-only");
    }
}
