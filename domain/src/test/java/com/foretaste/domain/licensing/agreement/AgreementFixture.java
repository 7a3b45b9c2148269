package com.foretaste.domain.licensing.agreement;

import com.foretaste.domain.licensing.agreement.AgreementCommand.*;
import com.foretaste.domain.licensing.agreement.AgreementEvent.AgreementProposed;
import com.foretaste.domain.licensing.agreement.AgreementEvent.ProposalWithdrawn;
import com.foretaste.domain.licensing.agreement.AgreementEvent.TrialEnded;
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
    /** The 12-month trial accepted on {@link #ACCEPTANCE_DATE} runs through 2025-03-14. */
    static final LocalDate TRIAL_END = LocalDate.of(2025, 3, 15);
    /** The 30-day decision window runs through 2025-04-13. */
    static final LocalDate WINDOW_END = LocalDate.of(2025, 4, 14);

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

    static TrialEnded trialEnded() {
        return new TrialEnded(AGREEMENT, TRIAL_END, new DateRange(TRIAL_END, WINDOW_END));
    }

    static ExtendTrial extendBy(OrganisationId organisation, int months) {
        return new ExtendTrial(AGREEMENT, organisation, months, "letter of 2025-01-20: the pilot line needs more time");
    }

    static ReportTrialFindings findingsBy(OrganisationId organisation) {
        return new ReportTrialFindings(AGREEMENT, organisation, "pilot line ran 9 months", List.of("defect rate down 30%"));
    }

    static PurchaseLicence purchaseBy(OrganisationId organisation) {
        return new PurchaseLicence(AGREEMENT, organisation);
    }

    static WalkAway walkAwayBy(OrganisationId organisation) {
        return new WalkAway(AGREEMENT, organisation, "no market for the product");
    }

    static ObserveBusinessDate observe(LocalDate date) {
        return new ObserveBusinessDate(AGREEMENT, date, DelinquencyAgeing.DEFAULT);
    }
}
