package com.foretaste.domain.licensing.agreement;

import org.junit.jupiter.api.Test;

import static com.foretaste.domain.licensing.agreement.AgreementFixture.*;
import static com.foretaste.domain.licensing.agreement.AgreementScenario.given;

/**
 * The trial's end and the window's close bind from their date, even before the end-of-day run has
 * recorded them: the trial runs to {@code TRIAL_END} (exclusive), the window to {@code WINDOW_END}.
 */
class DecisionDeadlineTest {

    @Test
    void a_trial_that_has_run_out_cannot_be_extended_even_before_the_end_of_day_records_it() {
        given(proposed(), trialStarted()).when(extendBy(licensor(), 1), TRIAL_END)
                .thenNotAllowedIn(AgreementStatus.TRIAL, "extend-only-in-trial");
    }

    @Test
    void after_the_window_closes_the_licensee_can_neither_buy_nor_walk_away() {
        given(proposed(), trialStarted()).when(purchaseBy(licensee()), WINDOW_END)
                .thenNotAllowedIn(AgreementStatus.TRIAL, "decision-window-closed");
        given(proposed(), trialStarted(), trialEnded()).when(walkAwayBy(licensee()), WINDOW_END)
                .thenNotAllowedIn(AgreementStatus.DECISION_PENDING, "decision-window-closed");
    }

    @Test
    void on_the_window_last_day_the_licensee_still_decides() {
        var events = given(proposed(), trialStarted(), trialEnded()).when(purchaseBy(licensee()), WINDOW_END.minusDays(1))
                .decision();
        org.assertj.core.api.Assertions.assertThat(events).isInstanceOf(com.foretaste.domain.shared.Decision.Accepted.class);
    }
}
