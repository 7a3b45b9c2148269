package com.foretaste.domain.licensing.agreement;

import com.foretaste.domain.licensing.agreement.AgreementEvent.TerminatedByMutualConsent;
import com.foretaste.domain.licensing.agreement.AgreementEvent.TerminatedForDefault;
import com.foretaste.domain.licensing.agreement.AgreementEvent.TerminationProposed;
import com.foretaste.domain.licensing.agreement.AgreementState.Terminated;
import com.foretaste.domain.shared.RejectionKind;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static com.foretaste.domain.licensing.agreement.AgreementFixture.*;
import static com.foretaste.domain.licensing.agreement.AgreementScenario.given;
import static com.foretaste.domain.licensing.agreement.LicenceFixture.*;
import static org.assertj.core.api.Assertions.assertThat;

/** Ending a licence early: for default once the cure period has run out, or by both parties' consent. */
class TerminationTest {

    /** Defaulted 2025-04-03 with 60 days to cure: the cure period runs through 2025-06-02. */
    private static final LocalDate LAST_DAY_TO_CURE = LocalDate.of(2025, 6, 2);
    private static final LocalDate IN_FORCE = LocalDate.of(2025, 6, 10);
    private static final String REASON = "unpaid since 2025-03-03";

    @Test
    void the_licensor_cannot_terminate_for_default_while_the_cure_period_runs() {
        given(licensedThen(upfrontDefaulted())).when(terminateBy(licensor()), DEFAULT_DATE)
                .thenNotAllowedIn(AgreementStatus.DEFAULTED, "cure-period-running");
        given(licensedThen(upfrontDefaulted())).when(terminateBy(licensor()), LAST_DAY_TO_CURE)
                .thenNotAllowedIn(AgreementStatus.DEFAULTED, "cure-period-running");
    }

    @Test
    void after_the_cure_period_the_licensor_terminates_for_default() {
        LocalDate after = LAST_DAY_TO_CURE.plusDays(1);

        given(licensedThen(upfrontDefaulted())).when(terminateBy(licensor()), after)
                .thenEvents(new TerminatedForDefault(agreementId(), after, REASON));

        AgreementState terminated = given(licensedThen(with(upfrontDefaulted(),
                new TerminatedForDefault(agreementId(), after, REASON)))).state();
        assertThat(terminated).isInstanceOfSatisfying(Terminated.class, t -> {
            assertThat(t.forDefault()).isTrue();
            assertThat(t.terminatedOn()).isEqualTo(after);
        });
    }

    @Test
    void the_cure_period_is_the_agreed_one() {
        given(licensedOn(payingTerms().curePeriodDays(10), upfrontDefaulted()))
                .when(terminateBy(licensor()), DEFAULT_DATE.plusDays(10))
                .thenNotAllowedIn(AgreementStatus.DEFAULTED, "cure-period-running");
        given(licensedOn(payingTerms().curePeriodDays(10), upfrontDefaulted()))
                .when(terminateBy(licensor()), DEFAULT_DATE.plusDays(11))
                .thenEvents(new TerminatedForDefault(agreementId(), DEFAULT_DATE.plusDays(11), REASON));
    }

    @Test
    void only_the_licensor_terminates_for_default() {
        given(licensedThen(upfrontDefaulted())).when(terminateBy(licensee()), IN_FORCE)
                .thenRejected(RejectionKind.NOT_A_PARTY, "terminate-by-licensor");
    }

    @Test
    void a_licence_in_good_standing_or_cured_is_not_terminated_for_default() {
        given(licensedThen()).when(terminateBy(licensor()), IN_FORCE)
                .thenNotAllowedIn(AgreementStatus.LICENSED, "terminate-only-in-default");
        AgreementLife.from(licensedThen(upfrontDefaulted())).pay(LocalDate.of(2025, 4, 10), "101900.00").then()
                .when(terminateBy(licensor()), IN_FORCE)
                .thenNotAllowedIn(AgreementStatus.LICENSED, "terminate-only-in-default");
    }

    @Test
    void a_terminated_licence_takes_no_payments_and_has_no_dates_to_observe() {
        AgreementScenario terminated = given(licensedThen(with(upfrontDefaulted(),
                new TerminatedForDefault(agreementId(), IN_FORCE, REASON))));

        terminated.when(payment("TX-9", "1000.00"), IN_FORCE.plusDays(1))
                .thenNotAllowedIn(AgreementStatus.TERMINATED, "payment-while-licensed");
        terminated.when(observe(IN_FORCE.plusDays(400)), IN_FORCE.plusDays(400)).thenNothingIsRecorded();
        terminated.when(terminateBy(licensor()), IN_FORCE.plusDays(1))
                .thenNotAllowedIn(AgreementStatus.TERMINATED, "terminate-only-in-default");
    }

    @Test
    void one_partys_request_to_end_the_licence_by_consent_is_recorded() {
        given(licensedThen()).when(agreeTerminationBy(licensee()), IN_FORCE).thenEvents(
                new TerminationProposed(agreementId(), licensee(), "product line discontinued", IN_FORCE));
    }

    @Test
    void the_other_partys_consent_ends_the_licence() {
        AgreementScenario requested = given(licensedThen(
                new TerminationProposed(agreementId(), licensee(), "product line discontinued", IN_FORCE)));

        requested.when(agreeTerminationBy(licensor()), IN_FORCE.plusDays(5)).thenEvents(
                new TerminatedByMutualConsent(agreementId(), IN_FORCE.plusDays(5), "product line discontinued"));
        AgreementState ended = given(licensedThen(
                new TerminationProposed(agreementId(), licensee(), "product line discontinued", IN_FORCE),
                new TerminatedByMutualConsent(agreementId(), IN_FORCE.plusDays(5), ""))).state();
        assertThat(ended).isInstanceOfSatisfying(Terminated.class, t -> assertThat(t.forDefault()).isFalse());
    }

    @Test
    void one_party_alone_cannot_end_the_licence_by_consent() {
        given(licensedThen(new TerminationProposed(agreementId(), licensee(), "", IN_FORCE)))
                .when(agreeTerminationBy(licensee()), IN_FORCE.plusDays(1))
                .thenNotAllowedIn(AgreementStatus.LICENSED, "consent-of-the-other-party");
    }

    @Test
    void a_defaulted_licence_can_be_ended_by_consent() {
        AgreementLife.from(licensedThen(upfrontDefaulted())).run(agreeTerminationBy(licensor()), IN_FORCE).then()
                .when(agreeTerminationBy(licensee()), IN_FORCE)
                .thenEvents(new TerminatedByMutualConsent(agreementId(), IN_FORCE, "product line discontinued"));
    }

    @Test
    void only_a_licence_in_force_is_ended_by_consent() {
        given(proposed(), trialStarted()).when(agreeTerminationBy(licensee()), IN_FORCE)
                .thenNotAllowedIn(AgreementStatus.TRIAL, "consent-termination-while-licensed");
    }
}
