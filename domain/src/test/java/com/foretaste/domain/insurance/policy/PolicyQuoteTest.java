package com.foretaste.domain.insurance.policy;

import com.foretaste.domain.insurance.policy.PolicyCommand.QuotePolicy;
import com.foretaste.domain.insurance.policy.PolicyEvent.PolicyQuoted;
import com.foretaste.domain.shared.DateRange;
import com.foretaste.domain.shared.Money;
import com.foretaste.domain.shared.Rate;
import com.foretaste.domain.shared.RejectionKind;
import org.junit.jupiter.api.Test;

import java.util.Currency;

import static com.foretaste.domain.insurance.policy.PolicyFixture.*;
import static org.assertj.core.api.Assertions.assertThat;

class PolicyQuoteTest {

    @Test
    void a_quote_prices_the_premium_as_rate_times_insured_amount_and_splits_off_the_subsidy_share() {
        PolicyQuoted quoted = (PolicyQuoted) nothing().when(quote(terms()), QUOTED_ON).get(0);

        // 2% x 600,000.00 = 12,000.00; the subsidy pays 40% = 4,800.00, the policyholder the rest
        assertThat(quoted.premium()).isEqualTo(new Premium(cny("12000.00"), cny("4800.00"), cny("7200.00")));
        assertThat(quoted.quotedBy()).isEqualTo("zhao.min");
        assertThat(quoted().state().status()).isEqualTo(PolicyStatus.QUOTED);
        assertThat(Policy.parties(quoted().state())).containsExactlyInAnyOrder(INSURER, LICENSOR, LICENSEE);
    }

    @Test
    void a_premium_share_that_does_not_divide_evenly_leaves_the_remainder_to_the_policyholder() {
        PolicyTerms t = terms();
        PolicyTerms odd = new PolicyTerms(t.insurer(), t.insured(), t.policyholder(), t.agreement(), t.coverageLimit(),
                t.indemnityRatio(), t.deductible(), cny("333333.33"), Rate.of("0.015"), Rate.of("0.333"), OPERATOR,
                t.period(), t.premiumDueOn(), 90, 30, t.secondApprovalAbove(), false);
        Premium premium = Premium.of(odd);

        // 1.5% x 333,333.33 = 4,999.99995 -> 5,000.00; 33.3% of it = 1,665.00; 3,335.00 for the policyholder
        assertThat(premium.total()).isEqualTo(cny("5000.00"));
        assertThat(premium.subsidyShare()).isEqualTo(cny("1665.00"));
        assertThat(premium.subsidyShare().plus(premium.policyholderShare())).isEqualTo(premium.total());
    }

    @Test
    void only_an_insurer_quoting_in_its_own_name_may_quote() {
        QuotePolicy byLicensor = new QuotePolicy(POLICY, UNIVERSITY, terms(), agreement());
        assertThat(nothing().rejected(byLicensor, QUOTED_ON).rule()).isEqualTo("quote-by-insurer");
    }

    @Test
    void the_insured_is_the_licensor_and_the_policyholder_a_party_of_the_agreement() {
        PolicyTerms t = terms();
        assertThat(nothing().rejected(quote(with(t, LICENSEE, LICENSEE)), QUOTED_ON).rule()).isEqualTo("insured-is-licensor");
        assertThat(nothing().rejected(quote(with(t, LICENSOR, STRANGER)), QUOTED_ON).rule()).isEqualTo("policyholder-is-party");
        assertThat(nothing().when(quote(with(t, LICENSOR, LICENSOR)), QUOTED_ON)).hasSize(1);
    }

    @Test
    void an_agreement_that_has_ended_cannot_be_insured() {
        QuotePolicy c = new QuotePolicy(POLICY, ASSESSOR, terms(), new CoveredAgreement(AGREEMENT, LICENSOR, LICENSEE,
                Money.CNY, false));
        assertThat(nothing().rejected(c, QUOTED_ON).rule()).isEqualTo("agreement-open");
    }

    @Test
    void amounts_are_in_the_agreements_currency() {
        QuotePolicy c = new QuotePolicy(POLICY, ASSESSOR, terms(), new CoveredAgreement(AGREEMENT, LICENSOR, LICENSEE,
                Currency.getInstance("EUR"), true));
        var rejection = nothing().rejected(c, QUOTED_ON);
        assertThat(rejection.rule()).isEqualTo("policy-currency-is-agreement-currency");
        assertThat(rejection.field()).isEqualTo("coverageLimit");
    }

    @Test
    void limits_ratios_periods_and_due_dates_must_make_sense() {
        assertThat(nothing().rejected(quote(terms(cny("0.00"), Rate.of("0.8"), cny("0.00"), false)), QUOTED_ON).rule())
                .isEqualTo("coverage-limit-positive");
        assertThat(nothing().rejected(quote(terms(cny("1.00"), Rate.of("1.01"), cny("0.00"), false)), QUOTED_ON).rule())
                .isEqualTo("indemnity-ratio-range");
        assertThat(nothing().rejected(quote(terms(cny("1.00"), Rate.of("0.8"), cny("-1.00"), false)), QUOTED_ON).rule())
                .isEqualTo("deductible-non-negative");
        assertThat(nothing().rejected(quote(terms()), DUE.plusDays(1)).rule()).isEqualTo("premium-due-ahead");
        assertThat(nothing().rejected(quote(terms()), END).rule()).isEqualTo("policy-period-ahead");
        PolicyTerms t = terms();
        PolicyTerms noPayer = new PolicyTerms(t.insurer(), t.insured(), t.policyholder(), t.agreement(), t.coverageLimit(),
                t.indemnityRatio(), t.deductible(), t.insuredAmount(), t.premiumRate(), Rate.of("0.4"), null,
                new DateRange(START, END), DUE, 90, 30, t.secondApprovalAbove(), false);
        assertThat(nothing().rejected(quote(noPayer), QUOTED_ON).rule()).isEqualTo("subsidy-payer-named");
    }

    @Test
    void a_policy_id_is_quoted_once() {
        var rejection = quoted().rejected(quote(terms()), QUOTED_ON);
        assertThat(rejection.rule()).isEqualTo("policy-id-unused");
        assertThat(rejection.state()).isEqualTo("QUOTED");
    }

    @Test
    void a_command_to_a_policy_never_quoted_is_not_found() {
        var rejection = nothing().rejected(new PolicyCommand.CancelPolicy(POLICY, QINLING, null), QUOTED_ON);
        assertThat(rejection.kind()).isEqualTo(RejectionKind.NOT_FOUND);
    }

    private static PolicyTerms with(PolicyTerms t, com.foretaste.domain.shared.OrganisationId insured,
                                    com.foretaste.domain.shared.OrganisationId policyholder) {
        return new PolicyTerms(t.insurer(), insured, policyholder, t.agreement(), t.coverageLimit(), t.indemnityRatio(),
                t.deductible(), t.insuredAmount(), t.premiumRate(), t.subsidyShare(), t.subsidyPayer(), t.period(),
                t.premiumDueOn(), t.waitingPeriodDays(), t.paymentPeriodDays(), t.secondApprovalAbove(), t.automaticFiling());
    }
}
