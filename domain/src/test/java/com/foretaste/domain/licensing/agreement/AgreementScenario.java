package com.foretaste.domain.licensing.agreement;

import com.foretaste.domain.licensing.agreement.AgreementCommand.ProposeAgreement;
import com.foretaste.domain.shared.Decision;
import com.foretaste.domain.shared.Rejection;
import com.foretaste.domain.shared.RejectionKind;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Given the events of an agreement, when a command comes on a business date, then events or a rejection. */
final class AgreementScenario {

    private final List<AgreementEvent> history;

    private AgreementScenario(List<AgreementEvent> history) {
        this.history = history;
    }

    static AgreementScenario given(AgreementEvent... history) {
        return new AgreementScenario(List.of(history));
    }

    static AgreementScenario given(List<AgreementEvent> history) {
        return new AgreementScenario(List.copyOf(history));
    }

    static AgreementScenario givenNoAgreement() {
        return given();
    }

    /** A new agreement proposed on {@link AgreementFixture#PROPOSAL_DATE}. */
    static Outcome whenProposing(ProposeAgreement proposal) {
        return givenNoAgreement().when(proposal, AgreementFixture.PROPOSAL_DATE);
    }

    static Outcome whenProposing(TermsBuilder terms) {
        return whenProposing(AgreementFixture.aProposal(terms));
    }

    static void thenProposalIsRecorded(TermsBuilder terms) {
        ProposeAgreement proposal = AgreementFixture.aProposal(terms);
        whenProposing(proposal).thenEvents(AgreementFixture.proposedFrom(proposal, AgreementFixture.PROPOSAL_DATE));
    }

    /** The state the given events replay to. */
    AgreementState state() {
        return Agreement.replay(history);
    }

    Outcome when(AgreementCommand command, LocalDate businessDate) {
        return new Outcome(Agreement.decide(command, Agreement.replay(history), businessDate));
    }

    record Outcome(Decision<AgreementEvent> decision) {

        List<AgreementEvent> thenEvents(AgreementEvent... expected) {
            assertThat(decision).as("decision").isInstanceOf(Decision.Accepted.class);
            List<AgreementEvent> events = ((Decision.Accepted<AgreementEvent>) decision).events();
            assertThat(events).containsExactly(expected);
            return events;
        }

        void thenNothingIsRecorded() {
            thenEvents();
        }

        Rejection thenRejected(RejectionKind kind, String rule) {
            assertThat(decision).as("decision").isInstanceOf(Decision.Rejected.class);
            Rejection rejection = ((Decision.Rejected<AgreementEvent>) decision).rejection();
            assertThat(rejection.kind()).as("kind of %s", rejection).isEqualTo(kind);
            assertThat(rejection.rule()).as("rule of %s", rejection).isEqualTo(rule);
            assertThat(rejection.message()).as("message").isNotBlank();
            return rejection;
        }

        void thenInvalid(String rule, String field) {
            Rejection rejection = thenRejected(RejectionKind.INVALID, rule);
            assertThat(rejection.field()).as("field of %s", rejection).isEqualTo(field);
            assertThat(rejection.state()).as("state").isNull();
        }

        void thenNotAllowedIn(AgreementStatus state, String rule) {
            Rejection rejection = thenRejected(RejectionKind.NOT_ALLOWED_IN_STATE, rule);
            assertThat(rejection.state()).as("state of %s", rejection).isEqualTo(state.name());
        }
    }
}
