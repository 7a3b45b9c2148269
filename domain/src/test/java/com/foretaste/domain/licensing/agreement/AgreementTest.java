package com.foretaste.domain.licensing.agreement;

import com.foretaste.domain.licensing.agreement.AgreementCommand.ProposeAgreement;
import com.foretaste.domain.licensing.agreement.AgreementEvent.ProposalWithdrawn;
import com.foretaste.domain.licensing.agreement.AgreementEvent.TrialStarted;
import com.foretaste.domain.shared.DateRange;
import com.foretaste.domain.shared.Rejection;
import com.foretaste.domain.shared.RejectionKind;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static com.foretaste.domain.licensing.agreement.AgreementFixture.*;
import static com.foretaste.domain.licensing.agreement.AgreementScenario.given;
import static com.foretaste.domain.licensing.agreement.AgreementScenario.givenNoAgreement;
import static org.assertj.core.api.Assertions.assertThat;

class AgreementTest {

    @Test
    void a_licensor_proposes_an_agreement_on_the_business_date() {
        ProposeAgreement proposal = new ProposeAgreement(anyAgreementId(), licensor(), licensee(),
                List.of(aPatent()), validTerms().build());

        givenNoAgreement().when(proposal, PROPOSAL_DATE).thenEvents(proposedFrom(proposal, PROPOSAL_DATE));
    }

    @Test
    void an_agreement_id_can_be_proposed_only_once() {
        given(proposed()).when(aProposal(), PROPOSAL_DATE.plusDays(1))
                .thenNotAllowedIn(AgreementStatus.PROPOSED, "agreement-id-unused");
    }

    @Test
    void an_agreement_id_in_trial_cannot_be_proposed_again() {
        given(proposed(), trialStarted()).when(aProposal(), ACCEPTANCE_DATE)
                .thenNotAllowedIn(AgreementStatus.TRIAL, "agreement-id-unused");
    }

    @Test
    void a_withdrawn_agreement_id_cannot_be_proposed_again() {
        given(proposed(), withdrawn()).when(aProposal(), WITHDRAWAL_DATE)
                .thenNotAllowedIn(AgreementStatus.WITHDRAWN, "agreement-id-unused");
    }

    @Test
    void the_licensor_withdraws_a_proposal_before_acceptance() {
        given(proposed()).when(withdrawBy(licensor(), "  the patent is being re-examined "), WITHDRAWAL_DATE)
                .thenEvents(new ProposalWithdrawn(agreementId(), "the patent is being re-examined", WITHDRAWAL_DATE));
    }

    @Test
    void a_proposal_may_be_withdrawn_without_a_reason() {
        given(proposed()).when(withdrawBy(licensor(), null), WITHDRAWAL_DATE)
                .thenEvents(new ProposalWithdrawn(agreementId(), "", WITHDRAWAL_DATE));
    }

    @Test
    void only_the_licensor_withdraws_a_proposal() {
        given(proposed()).when(withdrawBy(licensee(), "changed our mind"), WITHDRAWAL_DATE)
                .thenRejected(RejectionKind.NOT_A_PARTY, "withdraw-by-licensor");
    }

    @Test
    void an_organisation_that_is_no_party_learns_nothing_of_the_agreement() {
        given(proposed()).when(withdrawBy(anotherOrganisation(), ""), WITHDRAWAL_DATE)
                .thenRejected(RejectionKind.NOT_A_PARTY, "party-to-agreement");
        given(proposed(), trialStarted()).when(acceptBy(anotherOrganisation()), ACCEPTANCE_DATE)
                .thenRejected(RejectionKind.NOT_A_PARTY, "party-to-agreement");
    }

    @Test
    void an_unknown_agreement_cannot_be_withdrawn() {
        Rejection rejection = givenNoAgreement().when(withdrawBy(licensor(), ""), WITHDRAWAL_DATE)
                .thenRejected(RejectionKind.NOT_FOUND, "agreement-exists");

        assertThat(rejection.state()).isNull();
    }

    @Test
    void a_proposal_cannot_be_withdrawn_once_the_trial_started() {
        given(proposed(), trialStarted()).when(withdrawBy(licensor(), ""), ACCEPTANCE_DATE.plusDays(1))
                .thenNotAllowedIn(AgreementStatus.TRIAL, "withdraw-only-proposed");
    }

    @Test
    void a_proposal_cannot_be_withdrawn_twice() {
        given(proposed(), withdrawn()).when(withdrawBy(licensor(), ""), WITHDRAWAL_DATE.plusDays(1))
                .thenNotAllowedIn(AgreementStatus.WITHDRAWN, "withdraw-only-proposed");
    }

    @Test
    void a_trial_starts_on_the_acceptance_business_date_and_runs_the_agreed_months() {
        List<AgreementEvent> events = given(proposed(validTerms().trialMonths(18)))
                .when(acceptBy(licensee()), ACCEPTANCE_DATE)
                .thenEvents(new TrialStarted(agreementId(), new DateRange(ACCEPTANCE_DATE, LocalDate.of(2025, 9, 15))));

        DateRange trial = ((TrialStarted) events.get(0)).trial();
        assertThat(trial.start()).isEqualTo(ACCEPTANCE_DATE);
        assertThat(trial.lastDay()).isEqualTo(LocalDate.of(2025, 9, 14));
    }

    @Test
    void the_longest_trial_runs_thirty_six_months_from_acceptance() {
        given(proposed(validTerms().trialMonths(36))).when(acceptBy(licensee()), ACCEPTANCE_DATE)
                .thenEvents(new TrialStarted(agreementId(), new DateRange(ACCEPTANCE_DATE, LocalDate.of(2027, 3, 15))));
    }

    @Test
    void the_trial_counts_from_acceptance_not_from_the_proposal() {
        LocalDate lateAcceptance = LocalDate.of(2024, 8, 30);

        given(proposed()).when(acceptBy(licensee()), lateAcceptance)
                .thenEvents(new TrialStarted(agreementId(), DateRange.ofMonths(lateAcceptance, 12)));
    }

    @Test
    void only_the_named_licensee_accepts_a_proposal() {
        given(proposed()).when(acceptBy(licensor()), ACCEPTANCE_DATE)
                .thenRejected(RejectionKind.NOT_A_PARTY, "accept-by-named-licensee");
        given(proposed()).when(acceptBy(anotherOrganisation()), ACCEPTANCE_DATE)
                .thenRejected(RejectionKind.NOT_A_PARTY, "party-to-agreement");
    }

    @Test
    void an_unknown_agreement_cannot_be_accepted() {
        givenNoAgreement().when(acceptBy(licensee()), ACCEPTANCE_DATE)
                .thenRejected(RejectionKind.NOT_FOUND, "agreement-exists");
    }

    @Test
    void a_withdrawn_proposal_cannot_be_accepted() {
        given(proposed(), withdrawn()).when(acceptBy(licensee()), ACCEPTANCE_DATE)
                .thenNotAllowedIn(AgreementStatus.WITHDRAWN, "accept-only-proposed");
    }

    @Test
    void a_trial_cannot_be_accepted_twice() {
        given(proposed(), trialStarted()).when(acceptBy(licensee()), ACCEPTANCE_DATE.plusDays(1))
                .thenNotAllowedIn(AgreementStatus.TRIAL, "accept-only-proposed");
    }
}
