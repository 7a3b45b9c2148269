package com.foretaste.domain.licensing.agreement;

import com.foretaste.domain.shared.Decision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static com.foretaste.domain.licensing.agreement.AgreementFixture.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An agreement lived through its commands: each one is decided on its business date, must be
 * accepted, and its events join the history, for scenarios too long to write event by event.
 */
final class AgreementLife {

    private final List<AgreementEvent> history = new ArrayList<>();

    private AgreementLife(List<AgreementEvent> start) {
        history.addAll(start);
    }

    static AgreementLife from(List<AgreementEvent> start) {
        return new AgreementLife(start);
    }

    /** Proposed on {@code terms}, accepted on {@link AgreementFixture#ACCEPTANCE_DATE}, bought on {@code purchaseDate}. */
    static AgreementLife boughtOn(LocalDate purchaseDate, TermsBuilder terms) {
        return new AgreementLife(List.of(proposed(terms), trialStarted())).run(purchaseBy(licensee()), purchaseDate);
    }

    AgreementLife run(AgreementCommand command, LocalDate businessDate) {
        Decision<AgreementEvent> decision = Agreement.decide(command, state(), businessDate);
        assertThat(decision).as("%s on %s", command, businessDate).isInstanceOf(Decision.Accepted.class);
        history.addAll(((Decision.Accepted<AgreementEvent>) decision).events());
        return this;
    }

    /** Decides the command and keeps its events if accepted; a rejection changes nothing. */
    Decision<AgreementEvent> attempt(AgreementCommand command, LocalDate businessDate) {
        Decision<AgreementEvent> decision = Agreement.decide(command, state(), businessDate);
        if (decision instanceof Decision.Accepted<AgreementEvent> accepted) {
            history.addAll(accepted.events());
        }
        return decision;
    }

    AgreementLife observe(LocalDate date) {
        return run(AgreementFixture.observe(date), date);
    }

    AgreementLife pay(LocalDate date, String amount) {
        return run(LicenceFixture.payment("TX-" + date + "-" + history.size(), amount), date);
    }

    List<AgreementEvent> history() {
        return List.copyOf(history);
    }

    AgreementState state() {
        return Agreement.replay(history);
    }

    Licence licence() {
        return States.licence(state());
    }

    AgreementScenario then() {
        return AgreementScenario.given(history);
    }
}
