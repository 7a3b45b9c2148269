package com.foretaste.domain.licensing.agreement;

import com.foretaste.domain.licensing.agreement.AgreementCommand.*;
import com.foretaste.domain.licensing.agreement.AgreementEvent.*;
import com.foretaste.domain.shared.DateRange;
import com.foretaste.domain.shared.OrganisationId;
import com.foretaste.domain.shared.Rejection;
import com.foretaste.domain.shared.RejectionKind;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static com.foretaste.domain.licensing.agreement.AgreementFixture.*;
import static com.foretaste.domain.licensing.agreement.AgreementScenario.given;
import static com.foretaste.domain.licensing.agreement.LicenceFixture.*;
import static org.assertj.core.api.Assertions.assertThat;

/** An organisation that is no party to an agreement is refused as such in every state, whatever it asks. */
class NonPartyTest {

    private static final OrganisationId STRANGER = anotherOrganisation();
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 10);

    static List<Named<List<AgreementEvent>>> everyState() {
        TerminatedForDefault terminated = new TerminatedForDefault(agreementId(), TODAY, "");
        return List.of(
                Named.of("PROPOSED", List.of(proposed())),
                Named.of("WITHDRAWN", List.of(proposed(), withdrawn())),
                Named.of("TRIAL", List.of(proposed(), trialStarted())),
                Named.of("DECISION_PENDING", List.of(proposed(), trialStarted(), trialEnded())),
                Named.of("RELEASED", List.of(proposed(), trialStarted(), new WalkedAway(agreementId(), TRIAL_END, ""))),
                Named.of("LAPSED", List.of(proposed(), trialStarted(), trialEnded(), new AgreementLapsed(agreementId(), WINDOW_END))),
                Named.of("LICENSED", licensedThen()),
                Named.of("DEFAULTED", licensedThen(upfrontDefaulted())),
                Named.of("TERMINATED", licensedThen(with(upfrontDefaulted(), terminated))),
                Named.of("COMPLETED", licensedThen(new LicenceCompleted(agreementId(), TODAY))));
    }

    static List<Named<AgreementCommand>> everyPartyCommand() {
        return List.of(
                Named.of("WithdrawProposal", new WithdrawProposal(agreementId(), STRANGER, "")),
                Named.of("AcceptTrial", new AcceptTrial(agreementId(), STRANGER)),
                Named.of("ExtendTrial", new ExtendTrial(agreementId(), STRANGER, 3, "please")),
                Named.of("ReportTrialFindings", new ReportTrialFindings(agreementId(), STRANGER, "fine", List.of())),
                Named.of("PurchaseLicence", new PurchaseLicence(agreementId(), STRANGER)),
                Named.of("WalkAway", new WalkAway(agreementId(), STRANGER, "")),
                Named.of("RecordPayment", new RecordPayment(agreementId(), STRANGER, "TX", cny("100.00"))),
                Named.of("ReportRoyalty", new ReportRoyalty(agreementId(), STRANGER,
                        new DateRange(PURCHASE_DATE, TODAY), cny("100.00"))),
                Named.of("ProposeEquitySwap", new ProposeEquitySwap(agreementId(), STRANGER, "S1", 10,
                        BigDecimal.TEN, 100, List.of())),
                Named.of("AcceptEquitySwap", new AcceptEquitySwap(agreementId(), STRANGER, "S1")),
                Named.of("TerminateForDefault", new TerminateForDefault(agreementId(), STRANGER, "")),
                Named.of("AgreeTermination", new AgreeTermination(agreementId(), STRANGER, "")));
    }

    static Stream<Arguments> everyStateAndCommand() {
        return everyState().stream().flatMap(state -> everyPartyCommand().stream().map(c -> Arguments.of(state, c)));
    }

    @ParameterizedTest(name = "{1} in {0}")
    @MethodSource("everyStateAndCommand")
    void a_non_party_is_refused_as_not_a_party_in_any_state(List<AgreementEvent> history, AgreementCommand command) {
        Rejection rejection = given(history).when(command, TODAY).thenRejected(RejectionKind.NOT_A_PARTY, "party-to-agreement");

        assertThat(rejection.state()).as("the state is not revealed").isNull();
        assertThat(rejection.message()).doesNotContain(given(history).state().status().name());
    }
}
