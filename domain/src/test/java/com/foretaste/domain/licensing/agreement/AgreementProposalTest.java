package com.foretaste.domain.licensing.agreement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static com.foretaste.domain.licensing.agreement.AgreementFixture.*;
import static com.foretaste.domain.licensing.agreement.AgreementScenario.thenProposalIsRecorded;
import static com.foretaste.domain.licensing.agreement.AgreementScenario.whenProposing;

/** ProposalRules: parties, patents, scope and periods. */
class AgreementProposalTest {

    @Test
    void a_proposal_that_keeps_every_rule_is_recorded_with_its_terms_on_the_business_date() {
        thenProposalIsRecorded(validTerms());
    }

    @Test
    void the_licensee_must_be_another_organisation_than_the_licensor() {
        whenProposing(aProposalOf(licensor(), licensor(), aPatent())).thenInvalid("parties-distinct", "licensee");
    }

    @Test
    void an_agreement_licenses_at_least_one_patent() {
        whenProposing(aProposalOf(licensor(), licensee())).thenInvalid("patents-required", "patents");
    }

    @Test
    void a_patent_is_listed_only_once_however_it_is_written() {
        whenProposing(aProposalOf(licensor(), licensee(), aPatent(), anotherPatent(), new PatentNumber("cn 114123456 b")))
                .thenInvalid("patents-distinct", "patents");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\t\n"})
    void the_field_of_use_must_be_stated(String fieldOfUse) {
        whenProposing(validTerms().fieldOfUse(fieldOfUse)).thenInvalid("field-of-use-required", "terms.fieldOfUse");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\t\n"})
    void the_territory_must_be_stated(String territory) {
        whenProposing(validTerms().territory(territory)).thenInvalid("territory-required", "terms.territory");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 12, 24, 36})
    void a_trial_of_one_to_thirty_six_months_is_accepted(int months) {
        thenProposalIsRecorded(validTerms().trialMonths(months));
    }

    @Test
    void a_trial_of_thirty_seven_months_is_refused() {
        whenProposing(validTerms().trialMonths(37)).thenInvalid("trial-length-limit", "terms.trialMonths");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1})
    void a_trial_of_no_months_is_refused(int months) {
        whenProposing(validTerms().trialMonths(months)).thenInvalid("trial-length-limit", "terms.trialMonths");
    }

    @Test
    void a_decision_window_of_one_day_is_accepted() {
        thenProposalIsRecorded(validTerms().decisionWindowDays(1));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -30})
    void the_decision_window_lasts_at_least_one_day(int days) {
        whenProposing(validTerms().decisionWindowDays(days))
                .thenInvalid("decision-window-positive", "terms.decisionWindowDays");
    }

    @Test
    void a_licence_term_long_enough_for_the_plan_is_accepted() {
        thenProposalIsRecorded(validTerms().licenceTermMonths(24));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -12})
    void the_licence_term_lasts_at_least_one_month(int months) {
        whenProposing(validTerms().licenceTermMonths(months)).thenInvalid("licence-term-positive", "terms.licenceTermMonths");
    }

    @Test
    void no_grace_period_and_no_cure_period_are_accepted() {
        thenProposalIsRecorded(validTerms().gracePeriodDays(0).curePeriodDays(0));
    }

    @Test
    void the_grace_period_cannot_be_negative() {
        whenProposing(validTerms().gracePeriodDays(-1)).thenInvalid("grace-period-non-negative", "terms.gracePeriodDays");
    }

    @Test
    void the_cure_period_cannot_be_negative() {
        whenProposing(validTerms().curePeriodDays(-1)).thenInvalid("cure-period-non-negative", "terms.curePeriodDays");
    }

    @Test
    void the_first_broken_rule_in_the_order_of_the_offer_is_reported() {
        whenProposing(aProposalOf(licensor(), licensor())).thenInvalid("parties-distinct", "licensee");
        whenProposing(validTerms().territory("").trialMonths(0)).thenInvalid("territory-required", "terms.territory");
        whenProposing(validTerms().trialMonths(40).lateInterestDailyRate("0.5"))
                .thenInvalid("trial-length-limit", "terms.trialMonths");
    }
}
