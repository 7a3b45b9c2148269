package com.foretaste.domain.licensing.agreement;

import com.foretaste.domain.licensing.agreement.AgreementCommand.ExtendTrial;
import com.foretaste.domain.licensing.agreement.AgreementEvent.TrialEnded;
import com.foretaste.domain.licensing.agreement.AgreementEvent.TrialExtended;
import com.foretaste.domain.licensing.agreement.AgreementEvent.TrialStarted;
import com.foretaste.domain.shared.DateRange;
import com.foretaste.domain.shared.RejectionKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static com.foretaste.domain.licensing.agreement.AgreementFixture.*;
import static com.foretaste.domain.licensing.agreement.AgreementScenario.given;
import static com.foretaste.domain.licensing.agreement.LicenceFixture.licensedThen;

/** A running trial is extended by the licensor's consent to the licensee's request, up to 36 months in all. */
class TrialExtensionTest {

    private static final LocalDate CONSENT_DATE = LocalDate.of(2025, 1, 25);
    private static final String REQUEST = "letter of 2025-01-20: the pilot line needs more time";

    @Test
    void the_licensor_consents_to_an_extension_and_the_licensees_request_is_recorded() {
        given(proposed(), trialStarted()).when(extendBy(licensor(), 6), CONSENT_DATE)
                .thenEvents(new TrialExtended(agreementId(), 6,
                        new DateRange(ACCEPTANCE_DATE, LocalDate.of(2025, 9, 15)), REQUEST, CONSENT_DATE));
    }

    @Test
    void an_extension_without_the_licensees_request_is_refused() {
        given(proposed(), trialStarted()).when(new ExtendTrial(agreementId(), licensor(), 6, "  "), CONSENT_DATE)
                .thenInvalid("licensee-request-recorded", "licenseeRequest");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -3})
    void an_extension_adds_at_least_one_month(int months) {
        given(proposed(), trialStarted()).when(extendBy(licensor(), months), CONSENT_DATE)
                .thenInvalid("extension-positive", "additionalMonths");
    }

    @Test
    void a_twelve_month_trial_may_be_extended_by_up_to_twenty_four_months() {
        given(proposed(), trialStarted()).when(extendBy(licensor(), 24), CONSENT_DATE)
                .thenEvents(new TrialExtended(agreementId(), 24,
                        new DateRange(ACCEPTANCE_DATE, LocalDate.of(2027, 3, 15)), REQUEST, CONSENT_DATE));
    }

    @Test
    void an_extension_beyond_thirty_six_months_in_total_is_refused() {
        given(proposed(), trialStarted()).when(extendBy(licensor(), 25), CONSENT_DATE)
                .thenInvalid("trial-length-limit", "additionalMonths");
    }

    @Test
    void earlier_extensions_count_towards_the_thirty_six_months() {
        TrialExtended first = new TrialExtended(agreementId(), 12,
                new DateRange(ACCEPTANCE_DATE, LocalDate.of(2026, 3, 15)), REQUEST, CONSENT_DATE);

        given(proposed(), trialStarted(), first).when(extendBy(licensor(), 12), LocalDate.of(2026, 2, 1))
                .thenEvents(new TrialExtended(agreementId(), 12,
                        new DateRange(ACCEPTANCE_DATE, LocalDate.of(2027, 3, 15)), REQUEST, LocalDate.of(2026, 2, 1)));
        given(proposed(), trialStarted(), first).when(extendBy(licensor(), 13), LocalDate.of(2026, 2, 1))
                .thenInvalid("trial-length-limit", "additionalMonths");
    }

    @Test
    void a_trial_started_at_a_month_end_still_ends_within_thirty_six_months_of_its_start() {
        // 2024-01-31 + 1 month is 2024-02-29; 36 more months end on 2027-02-28, after 2027-01-31 (start + 36 months)
        LocalDate monthEnd = LocalDate.of(2024, 1, 31);
        TrialStarted oneMonth = new TrialStarted(agreementId(), DateRange.ofMonths(monthEnd, 1));

        given(proposed(validTerms().trialMonths(1)), oneMonth).when(extendBy(licensor(), 36), LocalDate.of(2024, 2, 20))
                .thenInvalid("trial-length-limit", "additionalMonths");
        given(proposed(validTerms().trialMonths(1)), oneMonth).when(extendBy(licensor(), 35), LocalDate.of(2024, 2, 20))
                .thenEvents(new TrialExtended(agreementId(), 35,
                        new DateRange(monthEnd, LocalDate.of(2027, 1, 29)), REQUEST, LocalDate.of(2024, 2, 20)));
    }

    @Test
    void only_the_licensor_consents_to_an_extension() {
        given(proposed(), trialStarted()).when(extendBy(licensee(), 6), CONSENT_DATE)
                .thenRejected(RejectionKind.NOT_A_PARTY, "extend-by-licensor");
    }

    @Test
    void only_a_running_trial_is_extended() {
        given(proposed()).when(extendBy(licensor(), 6), ACCEPTANCE_DATE)
                .thenNotAllowedIn(AgreementStatus.PROPOSED, "extend-only-in-trial");
        given(proposed(), trialStarted(), trialEnded()).when(extendBy(licensor(), 6), TRIAL_END)
                .thenNotAllowedIn(AgreementStatus.DECISION_PENDING, "extend-only-in-trial");
        given(licensedThen()).when(extendBy(licensor(), 6), LicenceFixture.PURCHASE_DATE)
                .thenNotAllowedIn(AgreementStatus.LICENSED, "extend-only-in-trial");
    }

    @Test
    void an_extended_trial_ends_at_its_new_end() {
        TrialExtended extended = new TrialExtended(agreementId(), 6,
                new DateRange(ACCEPTANCE_DATE, LocalDate.of(2025, 9, 15)), REQUEST, CONSENT_DATE);

        given(proposed(), trialStarted(), extended).when(observe(TRIAL_END), TRIAL_END).thenNothingIsRecorded();
        given(proposed(), trialStarted(), extended).when(observe(LocalDate.of(2025, 9, 15)), LocalDate.of(2025, 9, 15))
                .thenEvents(new TrialEnded(agreementId(), LocalDate.of(2025, 9, 15),
                        new DateRange(LocalDate.of(2025, 9, 15), LocalDate.of(2025, 10, 15))));
    }
}
