package com.foretaste.domain.licensing.agreement;

import com.foretaste.domain.licensing.agreement.AgreementEvent.*;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static com.foretaste.domain.licensing.agreement.AgreementFixture.*;
import static com.foretaste.domain.licensing.agreement.LicenceFixture.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The next business date on which an agreement needs the end-of-day run, before its licence: the end
 * of the trial, the close of the decision window; and states no date changes. Licences are in
 * {@link LicenceAttentionTest}.
 */
class NextAttentionTest {

    @Test
    void a_trial_needs_attention_on_the_day_after_it_ends() {
        // accepted 2024-03-15 for 12 months: the last trial day is 2025-03-14
        Attention.of(List.of(proposed(), trialStarted())).isOn(LocalDate.of(2025, 3, 15), TrialEnded.class);
    }

    @Test
    void an_extended_trial_needs_attention_on_the_day_after_the_extension_ends() {
        AgreementLife life = AgreementLife.from(List.of(proposed(), trialStarted()))
                .run(extendBy(licensor(), 3), LocalDate.of(2025, 1, 20));

        Attention.of(life).isOn(LocalDate.of(2025, 6, 15), TrialEnded.class);
    }

    @Test
    void a_pending_decision_needs_attention_when_the_window_closes() {
        // trial ended 2025-03-15; 30 days' window through 2025-04-13
        Attention.of(List.of(proposed(), trialStarted(), trialEnded())).isOn(LocalDate.of(2025, 4, 14), AgreementLapsed.class);
    }

    @Test
    void a_pending_decision_that_converts_needs_attention_when_the_window_closes() {
        List<AgreementEvent> history = List.of(proposed(payingTerms().convertWhenNoDecision()), trialStarted(), trialEnded());

        Attention.of(history).isOn(LocalDate.of(2025, 4, 14), LicenceConverted.class);
    }

    @Test
    void a_proposal_waits_for_its_parties_not_for_a_date() {
        Attention.of(List.of(proposed())).isNeverNeeded(PROPOSAL_DATE);
    }

    @Test
    void no_agreement_needs_no_attention() {
        Attention.of(Agreement.initialState()).isNeverNeeded(PROPOSAL_DATE);
    }

    static Stream<Arguments> finalStates() {
        return Stream.of(
                state("withdrawn", () -> Agreement.replay(List.of(proposed(), withdrawn()))),
                state("released", () -> Agreement.replay(List.of(proposed(), trialStarted(),
                        new WalkedAway(agreementId(), LocalDate.of(2024, 9, 2), "no market for the product")))),
                state("lapsed", () -> Agreement.replay(List.of(proposed(), trialStarted(), trialEnded(),
                        new AgreementLapsed(agreementId(), WINDOW_END)))),
                state("terminated for default, still owing", () -> Agreement.replay(licensedThen(with(upfrontDefaulted(),
                        new TerminatedForDefault(agreementId(), LocalDate.of(2025, 6, 3), "unpaid since 2025-03-03"))))),
                state("terminated by consent", () -> Agreement.replay(licensedThen(
                        new TerminatedByMutualConsent(agreementId(), LocalDate.of(2025, 6, 3), "product line discontinued")))),
                state("completed", () -> AgreementLife.boughtOn(PURCHASE_DATE, validTerms().licenceTermMonths(12)
                                .upfrontFee(cny("300000.00")).instalments().noRoyalty())
                        .pay(PURCHASE_DATE, "300000.00").observe(LocalDate.of(2026, 3, 3)).state()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("finalStates")
    void a_final_state_needs_no_attention(Supplier<AgreementState> state) {
        Attention.of(state.get()).isNeverNeeded(PURCHASE_DATE);
    }

    @Test
    void the_parties_are_the_licensor_and_the_licensee() {
        assertThat(Agreement.parties(Agreement.replay(List.of(proposed())))).containsExactlyInAnyOrder(licensor(), licensee());
        assertThat(Agreement.parties(Agreement.replay(licensedThen(upfrontDefaulted()))))
                .containsExactlyInAnyOrder(licensor(), licensee());
    }

    @Test
    void no_agreement_has_no_parties() {
        assertThat(Agreement.parties(Agreement.initialState())).isEmpty();
    }

    private static Arguments state(String name, Supplier<AgreementState> state) {
        return Arguments.of(Named.of(name, state));
    }
}
