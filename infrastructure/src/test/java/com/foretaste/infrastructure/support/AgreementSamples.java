package com.foretaste.infrastructure.support;

import com.foretaste.domain.licensing.agreement.AgreementCommand.AcceptTrial;
import com.foretaste.domain.licensing.agreement.AgreementCommand.ProposeAgreement;
import com.foretaste.domain.licensing.agreement.AgreementCommand.WithdrawProposal;
import com.foretaste.domain.licensing.agreement.AgreementEvent.AgreementLapsed;
import com.foretaste.domain.licensing.agreement.AgreementEvent.AgreementProposed;
import com.foretaste.domain.licensing.agreement.AgreementEvent.ProposalWithdrawn;
import com.foretaste.domain.licensing.agreement.AgreementEvent.TrialEnded;
import com.foretaste.domain.licensing.agreement.AgreementEvent.TrialExtended;
import com.foretaste.domain.licensing.agreement.AgreementEvent.TrialFeeCharged;
import com.foretaste.domain.licensing.agreement.AgreementEvent.TrialFeeDefaulted;
import com.foretaste.domain.licensing.agreement.AgreementEvent.TrialFindingsReported;
import com.foretaste.domain.licensing.agreement.AgreementEvent.TrialStarted;
import com.foretaste.domain.licensing.agreement.AgreementEvent.WalkedAway;
import com.foretaste.domain.licensing.agreement.DueRule;
import com.foretaste.domain.licensing.agreement.Exclusivity;
import com.foretaste.domain.licensing.agreement.Instalment;
import com.foretaste.domain.licensing.agreement.NoDecisionOutcome;
import com.foretaste.domain.licensing.agreement.Offer;
import com.foretaste.domain.licensing.agreement.PatentNumber;
import com.foretaste.domain.licensing.agreement.Price;
import com.foretaste.domain.licensing.agreement.ReceivableKind;
import com.foretaste.domain.licensing.agreement.RoyaltyTerms;
import com.foretaste.domain.licensing.agreement.ScheduledAmount;
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
 * with a minimum. The trial is extended by three months and ends on 16 June 2027; the licensee then
 * buys, walks away, or lets the window lapse. What follows the purchase is in {@link LicenceSamples}.
 */
public final class AgreementSamples {

    public static final LocalDate PROPOSAL_DATE = LocalDate.of(2026, 3, 2);
    public static final LocalDate WITHDRAWAL_DATE = LocalDate.of(2026, 3, 9);
    public static final LocalDate ACCEPTANCE_DATE = LocalDate.of(2026, 3, 16);
    public static final int TRIAL_MONTHS = 12;
    public static final LocalDate EXTENSION_DATE = LocalDate.of(2027, 2, 26);
    public static final LocalDate FINDINGS_DATE = LocalDate.of(2027, 6, 5);
    public static final LocalDate TRIAL_END = LocalDate.of(2027, 6, 16);
    public static final LocalDate WALK_AWAY_DATE = LocalDate.of(2027, 6, 28);
    public static final LocalDate WINDOW_CLOSE = LocalDate.of(2027, 7, 16);
    public static final String WALK_AWAY_REASON = "吨水处理成本高于现有工艺 (the cost per tonne treated exceeds the current process)";

    private static final AgreementId AGREEMENT = AgreementId.parse("6b1f0d2a-8c3e-4f5a-9b7c-1d2e3f4a5b6c");
    private static final OrganisationId UNIVERSITY = OrganisationId.parse("a1000000-0000-4000-8000-000000000001");
    private static final OrganisationId COMPANY = OrganisationId.parse("b2000000-0000-4000-8000-000000000002");
    private static final OrganisationId OTHER_COMPANY = OrganisationId.parse("c3000000-0000-4000-8000-000000000003");

    private static final RoyaltyTerms ROYALTY = new RoyaltyTerms(Rate.of("0.03"), cny("10000"));
    /** The trial fee of the alternative offer, due 30 days after the trial starts. */
    public static final Money TRIAL_FEE = cny("5000");
    public static final LocalDate TRIAL_FEE_DUE = LocalDate.of(2026, 4, 15);

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
        return terms(TRIAL_MONTHS, ROYALTY, cny("0"));
    }

    public static Terms termsWithTrialMonths(int trialMonths) {
        return terms(trialMonths, ROYALTY, cny("0"));
    }

    /** The same offer with another royalty, or none ({@code null}). */
    public static Terms termsWithRoyalty(RoyaltyTerms royalty) {
        return terms(TRIAL_MONTHS, royalty, cny("0"));
    }

    /** The same offer for a trial fee of {@link #TRIAL_FEE}. */
    public static Terms termsWithTrialFee() {
        return terms(TRIAL_MONTHS, ROYALTY, TRIAL_FEE);
    }

    private static Terms terms(int trialMonths, RoyaltyTerms royalty, Money trialFee) {
        Price price = new Price(cny("300000"), cny("50000"), List.of(
                new Instalment(cny("100000"), new DueRule.OnFirstRevenue(12)),
                new Instalment(cny("100000"), new DueRule.MonthsAfterLicenceStart(24)),
                new Instalment(cny("50000"), new DueRule.OnDate(LocalDate.of(2029, 6, 30)))),
                royalty);
        return new Terms("membrane filtration of industrial wastewater", "People's Republic of China",
                Exclusivity.SOLE, Money.CNY, trialMonths, trialFee, Terms.DEFAULT_DECISION_WINDOW_DAYS,
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

    /** Under the offer with a trial fee: charged at acceptance, due 30 days later. */
    public static TrialFeeCharged trialFeeCharged() {
        return new TrialFeeCharged(AGREEMENT, new ScheduledAmount(1, ReceivableKind.TRIAL_FEE, TRIAL_FEE, TRIAL_FEE_DUE,
                null), ACCEPTANCE_DATE);
    }

    /** Unpaid 31 days past due, past the 30 days' grace: 5,000.00 x 0.0005 x 31 = 77.50 interest. */
    public static TrialFeeDefaulted trialFeeDefaulted() {
        return new TrialFeeDefaulted(AGREEMENT, TRIAL_FEE_DUE.plusDays(31), TRIAL_FEE, cny("77.50"));
    }

    public static TrialExtended trialExtended() {
        return new TrialExtended(AGREEMENT, 3, extendedTrial(),
                "冬季低温运行数据不足，申请延长三个月 (winter low-temperature data is missing; three more months requested)",
                EXTENSION_DATE);
    }

    public static DateRange extendedTrial() {
        return new DateRange(ACCEPTANCE_DATE, TRIAL_END);
    }

    public static TrialFindingsReported trialFindingsReported() {
        return new TrialFindingsReported(AGREEMENT, "中试达到约定指标 (the pilot met the agreed targets)", List.of(
                "COD 去除率 92.4% (目标 ≥ 90%)", "运行 1000 小时后膜通量 38 LMH", "吨水处理成本 3.10 元"), FINDINGS_DATE);
    }

    public static TrialEnded trialEnded() {
        return new TrialEnded(AGREEMENT, TRIAL_END, new DateRange(TRIAL_END, WINDOW_CLOSE));
    }

    public static WalkedAway walkedAway() {
        return new WalkedAway(AGREEMENT, WALK_AWAY_DATE, WALK_AWAY_REASON);
    }

    public static AgreementLapsed lapsed() {
        return new AgreementLapsed(AGREEMENT, WINDOW_CLOSE);
    }
}
