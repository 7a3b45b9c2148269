package com.foretaste.domain.licensing.agreement;

import com.foretaste.domain.licensing.agreement.AgreementEvent.AgreementProposed;
import com.foretaste.domain.licensing.agreement.AgreementState.None;
import com.foretaste.domain.licensing.agreement.AgreementState.Proposed;
import com.foretaste.domain.licensing.agreement.AgreementState.Trial;
import com.foretaste.domain.licensing.agreement.AgreementState.Withdrawn;
import com.foretaste.domain.shared.Decision;
import com.foretaste.domain.shared.Money;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static com.foretaste.domain.licensing.agreement.AgreementFixture.*;
import static org.assertj.core.api.Assertions.assertThat;

class AgreementReplayTest {

    @Test
    void before_any_event_there_is_no_agreement() {
        assertThat(Agreement.initialState()).isEqualTo(new None());
        assertThat(Agreement.replay(List.of()).status()).isEqualTo(AgreementStatus.NONE);
    }

    @Test
    void a_proposal_replays_to_the_offer_as_proposed() {
        AgreementProposed proposed = proposed();

        AgreementState state = Agreement.replay(List.of(proposed));

        assertThat(state.status()).isEqualTo(AgreementStatus.PROPOSED);
        assertThat(state).isEqualTo(new Proposed(new Offer(agreementId(), licensor(), licensee(),
                List.of(aPatent(), anotherPatent()), proposed.terms()), PROPOSAL_DATE));
    }

    @Test
    void a_withdrawal_replays_to_a_withdrawn_offer_with_its_dates_and_reason() {
        AgreementState state = Agreement.replay(List.of(proposed(), withdrawn()));

        assertThat(state.status()).isEqualTo(AgreementStatus.WITHDRAWN);
        Withdrawn withdrawn = (Withdrawn) state;
        assertThat(withdrawn.offer()).isEqualTo(offer());
        assertThat(withdrawn.proposedOn()).isEqualTo(PROPOSAL_DATE);
        assertThat(withdrawn.withdrawnOn()).isEqualTo(WITHDRAWAL_DATE);
        assertThat(withdrawn.reason()).isEqualTo(withdrawn().reason());
    }

    @Test
    void an_acceptance_replays_to_a_trial_over_the_started_period() {
        AgreementState state = Agreement.replay(List.of(proposed(), trialStarted()));

        assertThat(state.status()).isEqualTo(AgreementStatus.TRIAL);
        assertThat(state).isEqualTo(new Trial(offer(), PROPOSAL_DATE, trialStarted().trial(), TrialAccount.opened(Money.CNY)));
    }

    @Test
    void evolve_folds_one_event_at_a_time_into_the_same_state_as_replay() {
        AgreementState afterProposal = Agreement.evolve(Agreement.initialState(), proposed());
        AgreementState afterAcceptance = Agreement.evolve(afterProposal, trialStarted());

        assertThat(afterProposal).isEqualTo(Agreement.replay(List.of(proposed())));
        assertThat(afterAcceptance).isEqualTo(Agreement.replay(List.of(proposed(), trialStarted())));
    }

    @Test
    void the_events_decided_for_a_life_replay_to_the_state_those_commands_describe() {
        LocalDate accepted = LocalDate.of(2024, 5, 6);
        List<AgreementEvent> history = new ArrayList<>();

        history.addAll(decided(aProposal(), history, PROPOSAL_DATE));
        history.addAll(decided(acceptBy(licensee()), history, accepted));

        Trial trial = (Trial) Agreement.replay(history);
        assertThat(trial.offer()).isEqualTo(offer());
        assertThat(trial.proposedOn()).isEqualTo(PROPOSAL_DATE);
        assertThat(trial.trial().start()).isEqualTo(accepted);
        assertThat(trial.trial().endExclusive()).isEqualTo(LocalDate.of(2025, 5, 6));
    }

    @Test
    void the_offer_knows_its_parties() {
        assertThat(offer().isParty(licensor())).isTrue();
        assertThat(offer().isParty(licensee())).isTrue();
        assertThat(offer().isParty(anotherOrganisation())).isFalse();
    }

    private static Offer offer() {
        AgreementProposed proposed = proposed();
        return new Offer(proposed.agreementId(), proposed.licensor(), proposed.licensee(), proposed.patents(),
                proposed.terms());
    }

    private static List<AgreementEvent> decided(AgreementCommand command, List<AgreementEvent> history, LocalDate on) {
        Decision<AgreementEvent> decision = Agreement.decide(command, Agreement.replay(history), on);
        assertThat(decision).isInstanceOf(Decision.Accepted.class);
        return ((Decision.Accepted<AgreementEvent>) decision).events();
    }
}
