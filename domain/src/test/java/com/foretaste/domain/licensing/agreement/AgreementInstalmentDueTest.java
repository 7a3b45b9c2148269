package com.foretaste.domain.licensing.agreement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static com.foretaste.domain.licensing.agreement.AgreementFixture.*;
import static com.foretaste.domain.licensing.agreement.AgreementScenario.thenProposalIsRecorded;
import static com.foretaste.domain.licensing.agreement.AgreementScenario.whenProposing;

/** ProposalRules: when each instalment of the plan may fall due (the valid terms run a 60-month licence). */
class AgreementInstalmentDueTest {

    private static final int LICENCE_TERM_MONTHS = 60;

    private static TermsBuilder dueOnDate(LocalDate date) {
        return validTerms().instalment(2, new Instalment(cny("100000.00"), new DueRule.OnDate(date)));
    }

    private static TermsBuilder dueMonthsAfterLicenceStart(int months) {
        return validTerms().instalment(1, new Instalment(cny("100000.00"), new DueRule.MonthsAfterLicenceStart(months)));
    }

    private static TermsBuilder dueOnFirstRevenueWithBackstop(int months) {
        return validTerms().instalment(0, new Instalment(cny("100000.00"), new DueRule.OnFirstRevenue(months)));
    }

    @Test
    void an_instalment_dated_the_day_after_the_proposal_is_accepted() {
        thenProposalIsRecorded(dueOnDate(PROPOSAL_DATE.plusDays(1)));
    }

    @Test
    void an_instalment_dated_on_the_proposal_date_is_refused() {
        whenProposing(dueOnDate(PROPOSAL_DATE))
                .thenInvalid("instalment-date-in-future", "terms.price.instalments[2].due");
    }

    @Test
    void an_instalment_dated_before_the_proposal_date_is_refused() {
        whenProposing(dueOnDate(PROPOSAL_DATE.minusYears(1)))
                .thenInvalid("instalment-date-in-future", "terms.price.instalments[2].due");
    }

    @Test
    void the_first_instalment_with_a_bad_due_rule_is_named() {
        whenProposing(dueOnDate(PROPOSAL_DATE).instalment(0, new Instalment(cny("100000.00"), new DueRule.OnDate(PROPOSAL_DATE))))
                .thenInvalid("instalment-date-in-future", "terms.price.instalments[0].due");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 24, LICENCE_TERM_MONTHS})
    void an_instalment_due_at_purchase_or_within_the_licence_term_is_accepted(int months) {
        thenProposalIsRecorded(dueMonthsAfterLicenceStart(months));
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, LICENCE_TERM_MONTHS + 1, 120})
    void an_instalment_due_before_purchase_or_after_the_licence_term_is_refused(int months) {
        whenProposing(dueMonthsAfterLicenceStart(months))
                .thenInvalid("instalment-within-licence-term", "terms.price.instalments[1].due");
    }

    @Test
    void a_shorter_licence_term_refuses_an_instalment_it_no_longer_covers() {
        whenProposing(validTerms().licenceTermMonths(23))
                .thenInvalid("instalment-within-licence-term", "terms.price.instalments[1].due");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 12, LICENCE_TERM_MONTHS})
    void a_revenue_conditional_instalment_with_a_backstop_within_the_licence_term_is_accepted(int backstopMonths) {
        thenProposalIsRecorded(dueOnFirstRevenueWithBackstop(backstopMonths));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, LICENCE_TERM_MONTHS + 1})
    void a_revenue_conditional_instalment_needs_a_backstop_within_the_licence_term(int backstopMonths) {
        whenProposing(dueOnFirstRevenueWithBackstop(backstopMonths))
                .thenInvalid("instalment-within-licence-term", "terms.price.instalments[0].due");
    }
}
