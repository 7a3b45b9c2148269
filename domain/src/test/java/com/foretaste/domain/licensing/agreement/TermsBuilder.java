package com.foretaste.domain.licensing.agreement;

import com.foretaste.domain.shared.Money;
import com.foretaste.domain.shared.Rate;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

import static com.foretaste.domain.licensing.agreement.AgreementFixture.cny;

/** Valid terms to start from (a Shaanxi-style offer), varied one field at a time by a test. */
final class TermsBuilder {

    private String fieldOfUse = "membrane filtration of industrial wastewater";
    private String territory = "People's Republic of China";
    private Exclusivity exclusivity = Exclusivity.EXCLUSIVE;
    private Currency currency = Money.CNY;
    private int trialMonths = 12;
    private Money trialFee = cny("0.00");
    private int decisionWindowDays = Terms.DEFAULT_DECISION_WINDOW_DAYS;
    private NoDecisionOutcome onNoDecision = Terms.DEFAULT_ON_NO_DECISION;
    private int licenceTermMonths = 60;
    private Money licenceFee = cny("300000.00");
    private Money upfrontFee = cny("0.00");
    private List<Instalment> instalments = List.of(
            new Instalment(cny("100000.00"), new DueRule.OnFirstRevenue(12)),
            new Instalment(cny("100000.00"), new DueRule.MonthsAfterLicenceStart(24)),
            new Instalment(cny("100000.00"), new DueRule.OnDate(LocalDate.of(2027, 6, 30))));
    private RoyaltyTerms royalty = new RoyaltyTerms(Rate.of("0.03"), cny("10000.00"));
    private Rate lateInterestDailyRate = Rate.of("0.0005");
    private int gracePeriodDays = Terms.DEFAULT_GRACE_PERIOD_DAYS;
    private int curePeriodDays = Terms.DEFAULT_CURE_PERIOD_DAYS;

    TermsBuilder fieldOfUse(String fieldOfUse) {
        this.fieldOfUse = fieldOfUse;
        return this;
    }

    TermsBuilder territory(String territory) {
        this.territory = territory;
        return this;
    }

    TermsBuilder currency(Currency currency) {
        this.currency = currency;
        return this;
    }

    TermsBuilder trialMonths(int trialMonths) {
        this.trialMonths = trialMonths;
        return this;
    }

    TermsBuilder trialFee(Money trialFee) {
        this.trialFee = trialFee;
        return this;
    }

    TermsBuilder decisionWindowDays(int days) {
        this.decisionWindowDays = days;
        return this;
    }

    TermsBuilder convertWhenNoDecision() {
        this.onNoDecision = NoDecisionOutcome.CONVERT;
        return this;
    }

    TermsBuilder licenceTermMonths(int months) {
        this.licenceTermMonths = months;
        return this;
    }

    TermsBuilder gracePeriodDays(int days) {
        this.gracePeriodDays = days;
        return this;
    }

    TermsBuilder curePeriodDays(int days) {
        this.curePeriodDays = days;
        return this;
    }

    TermsBuilder lateInterestDailyRate(String rate) {
        this.lateInterestDailyRate = Rate.of(rate);
        return this;
    }

    TermsBuilder licenceFee(Money fee) {
        this.licenceFee = fee;
        return this;
    }

    TermsBuilder upfrontFee(Money fee) {
        this.upfrontFee = fee;
        return this;
    }

    TermsBuilder instalments(Instalment... instalments) {
        this.instalments = List.of(instalments);
        return this;
    }

    /** Replaces one instalment of the current plan, keeping the others. */
    TermsBuilder instalment(int index, Instalment instalment) {
        List<Instalment> changed = new java.util.ArrayList<>(instalments);
        changed.set(index, instalment);
        this.instalments = List.copyOf(changed);
        return this;
    }

    TermsBuilder royalty(String rate, Money minimumAnnualRoyalty) {
        this.royalty = new RoyaltyTerms(Rate.of(rate), minimumAnnualRoyalty);
        return this;
    }

    TermsBuilder noRoyalty() {
        this.royalty = null;
        return this;
    }

    Terms build() {
        return new Terms(fieldOfUse, territory, exclusivity, currency, trialMonths, trialFee, decisionWindowDays,
                onNoDecision, licenceTermMonths, new Price(licenceFee, upfrontFee, instalments, royalty),
                lateInterestDailyRate, gracePeriodDays, curePeriodDays);
    }
}
