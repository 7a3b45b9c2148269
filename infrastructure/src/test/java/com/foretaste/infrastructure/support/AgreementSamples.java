package com.foretaste.infrastructure.support;

import com.foretaste.domain.licensing.agreement.AgreementCommand.AcceptTrial;
import com.foretaste.domain.licensing.agreement.AgreementCommand.ProposeAgreement;
import com.foretaste.domain.licensing.agreement.AgreementCommand.WithdrawProposal;
import com.foretaste.domain.licensing.agreement.AgreementEvent.AgreementProposed;
import com.foretaste.domain.licensing.agreement.AgreementEvent.ProposalWithdrawn;
import com.foretaste.domain.licensing.agreement.AgreementEvent.TrialStarted;
import com.foretaste.domain.licensing.agreement.DueRule;
import com.foretaste.domain.licensing.agreement.Exclusivity;
import com.foretaste.domain.licensing.agreement.Instalment;
import com.foretaste.domain.licensing.agreement.NoDecisionOutcome;
import com.foretaste.domain.licensing.agreement.Offer;
import com.foretaste.domain.licensing.agreement.PatentNumber;
import com.foretaste.domain.licensing.agreement.Price;
import com.foretaste.domain.licensing.agreement.RoyaltyTerms;
import com.foretaste.domain.licensing.agreement.Terms;
import com.foretaste.domain.shared.AgreementId;
import com.foretaste.domain.shared.DateRange;
import com.foretaste.domain.shared.Money;
import com.foretaste.domain.shared.OrganisationId;
import com.foretaste.domain.shared.Rate;

import java.time.LocalDate;
import java.util.List;

/**
 * One agreement with fixed ids, dates and terms, for tests outside the domain module: a one-year free
 * trial, then CNY 300,000 (50,000 upfront and three instalments, one of each due rule) and a 3% royalty
 * with a minimum.
 */
public final class AgreementSamples {

    public static final LocalDate PROPOSAL_DATE = LocalDate.of(2026, 3, 2);
    public static final LocalDate WITHDRAWAL_DATE = LocalDate.of(2026, 3, 9);
    public static final LocalDate ACCEPTANCE_DATE = LocalDate.of(2026, 3, 16);
    public static final int TRIAL_MONTHS = 12;

    private static final AgreementId AGREEMENT = AgreementId.parse("6b1f0d2a-8c3e-4f5a-9b7c-1d2e3f4a5b6c");
    private static final OrganisationId UNIVERSITY = OrganisationId.parse("a1000000-0000-4000-8000-000000000001");
    private static final OrganisationId COMPANY = OrganisationId.parse("b2000000-0000-4000-8000-000000000002");
    private static final OrganisationId OTHER_COMPANY = OrganisationId.parse("c3000000-0000-4000-8000-000000000003");

    private static final RoyaltyTerms ROYALTY = new RoyaltyTerms(Rate.of("0.03"), cny("10000"));

    private AgreementSamples() {
    }

    public static AgreementId agreementId() {
        return AGREEMENT;
    }

    public static OrganisationId licensor() {
        return UNIVERSITY;
    }

    public static OrganisationId licensee() {
        return COMPANY;
    }

    public static OrganisationId anotherCompany() {
        return OTHER_COMPANY;
    }

    public static List<PatentNumber> patents() {
        return List.of(new PatentNumber("CN114123456B"), new PatentNumber("ZL202310123456.7"));
    }

    public static Money cny(String amount) {
        return Money.of(amount, Money.CNY);
    }

    public static Terms terms() {
        return terms(TRIAL_MONTHS, ROYALTY);
    }

    public static Terms termsWithTrialMonths(int trialMonths) {
        return terms(trialMonths, ROYALTY);
    }

    /** The same offer with another royalty, or none ({@code null}). */
    public static Terms termsWithRoyalty(RoyaltyTerms royalty) {
        return terms(TRIAL_MONTHS, royalty);
    }

    private static Terms terms(int trialMonths, RoyaltyTerms royalty) {
        Price price = new Price(cny("300000"), cny("50000"), List.of(
                new Instalment(cny("100000"), new DueRule.OnFirstRevenue(12)),
                new Instalment(cny("100000"), new DueRule.MonthsAfterLicenceStart(24)),
                new Instalment(cny("50000"), new DueRule.OnDate(LocalDate.of(2029, 6, 30)))),
                royalty);
        return new Terms("membrane filtration of industrial wastewater", "People's Republic of China",
                Exclusivity.SOLE, Money.CNY, trialMonths, cny("0"), Terms.DEFAULT_DECISION_WINDOW_DAYS,
                NoDecisionOutcome.LAPSE, 60, price, Rate.of("0.0005"), Terms.DEFAULT_GRACE_PERIOD_DAYS,
                Terms.DEFAULT_CURE_PERIOD_DAYS);
    }

    public static Offer offer(Terms terms) {
        return new Offer(AGREEMENT, UNIVERSITY, COMPANY, patents(), terms);
    }

    public static ProposeAgreement proposal() {
        return proposal(terms());
    }

    public static ProposeAgreement proposal(Terms terms) {
        return new ProposeAgreement(AGREEMENT, UNIVERSITY, COMPANY, patents(), terms);
    }

    public static AgreementProposed proposed() {
        return new AgreementProposed(AGREEMENT, UNIVERSITY, COMPANY, patents(), terms(), PROPOSAL_DATE);
    }

    public static WithdrawProposal withdrawalBy(OrganisationId organisation) {
        return new WithdrawProposal(AGREEMENT, organisation, "专利复审中 (the patent is under re-examination)");
    }

    public static ProposalWithdrawn withdrawn() {
        return new ProposalWithdrawn(AGREEMENT, "专利复审中 (the patent is under re-examination)", WITHDRAWAL_DATE);
    }

    public static AcceptTrial acceptanceBy(OrganisationId organisation) {
        return new AcceptTrial(AGREEMENT, organisation);
    }

    public static TrialStarted trialStarted() {
        return new TrialStarted(AGREEMENT, DateRange.ofMonths(ACCEPTANCE_DATE, TRIAL_MONTHS));
    }
}
