package com.foretaste.domain.licensing.agreement;

import com.foretaste.domain.licensing.agreement.AgreementCommand.AcceptTrial;
import com.foretaste.domain.licensing.agreement.AgreementCommand.ProposeAgreement;
import com.foretaste.domain.licensing.agreement.AgreementCommand.WithdrawProposal;
import com.foretaste.domain.licensing.agreement.AgreementEvent.AgreementProposed;
import com.foretaste.domain.licensing.agreement.AgreementEvent.ProposalWithdrawn;
import com.foretaste.domain.licensing.agreement.AgreementEvent.TrialStarted;
import com.foretaste.domain.shared.AgreementId;
import com.foretaste.domain.shared.DateRange;
import com.foretaste.domain.shared.Money;
import com.foretaste.domain.shared.OrganisationId;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Parties, patents, terms, commands and events of one agreement, for tests that read as the rules. */
final class AgreementFixture {

    static final LocalDate PROPOSAL_DATE = LocalDate.of(2024, 3, 1);
    static final LocalDate ACCEPTANCE_DATE = LocalDate.of(2024, 3, 15);
    static final LocalDate WITHDRAWAL_DATE = LocalDate.of(2024, 3, 10);

    private static final AgreementId AGREEMENT = AgreementId.parse("6b1f0d2a-8c3e-4f5a-9b7c-1d2e3f4a5b6c");
    private static final OrganisationId UNIVERSITY = OrganisationId.parse("a1000000-0000-4000-8000-000000000001");
    private static final OrganisationId COMPANY = OrganisationId.parse("b2000000-0000-4000-8000-000000000002");

    private AgreementFixture() {
    }

    static AgreementId agreementId() {
        return AGREEMENT;
    }

    static AgreementId anyAgreementId() {
        return new AgreementId(UUID.randomUUID());
    }

    static OrganisationId licensor() {
        return UNIVERSITY;
    }

    static OrganisationId licensee() {
        return COMPANY;
    }

    static OrganisationId anotherOrganisation() {
        return new OrganisationId(UUID.randomUUID());
    }

    static PatentNumber aPatent() {
        return new PatentNumber("CN114123456B");
    }

    static PatentNumber anotherPatent() {
        return new PatentNumber("ZL202310123456.7");
    }

    static Money cny(String amount) {
        return Money.of(amount, Money.CNY);
    }

    static Money usd(String amount) {
        return Money.of(amount, "USD");
    }

    static TermsBuilder validTerms() {
        return new TermsBuilder();
    }

    static ProposeAgreement aProposal() {
        return aProposal(validTerms());
    }

    static ProposeAgreement aProposal(TermsBuilder terms) {
        return new ProposeAgreement(AGREEMENT, UNIVERSITY, COMPANY, List.of(aPatent(), anotherPatent()), terms.build());
    }

    static ProposeAgreement aProposalOf(OrganisationId licensor, OrganisationId licensee, PatentNumber... patents) {
        return new ProposeAgreement(AGREEMENT, licensor, licensee, List.of(patents), validTerms().build());
    }

    static AgreementProposed proposed() {
        return proposed(validTerms());
    }

    static AgreementProposed proposed(TermsBuilder terms) {
        return proposedFrom(aProposal(terms), PROPOSAL_DATE);
    }

    /** The event a proposal that keeps every rule produces. */
    static AgreementProposed proposedFrom(ProposeAgreement proposal, LocalDate on) {
        return new AgreementProposed(proposal.agreementId(), proposal.licensor(), proposal.licensee(),
                proposal.patents(), proposal.terms(), on);
    }

    static ProposalWithdrawn withdrawn() {
        return new ProposalWithdrawn(AGREEMENT, "the patent is being re-examined", WITHDRAWAL_DATE);
    }

    static TrialStarted trialStarted() {
        return new TrialStarted(AGREEMENT, DateRange.ofMonths(ACCEPTANCE_DATE, validTerms().build().trialMonths()));
    }

    static AcceptTrial acceptBy(OrganisationId organisation) {
        return new AcceptTrial(AGREEMENT, organisation);
    }

    static WithdrawProposal withdrawBy(OrganisationId organisation, String reason) {
        return new WithdrawProposal(AGREEMENT, organisation, reason);
    }
}
