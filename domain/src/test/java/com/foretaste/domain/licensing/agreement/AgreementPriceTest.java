package com.foretaste.domain.licensing.agreement;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.Currency;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static com.foretaste.domain.licensing.agreement.AgreementFixture.*;
import static com.foretaste.domain.licensing.agreement.AgreementScenario.thenProposalIsRecorded;
import static com.foretaste.domain.licensing.agreement.AgreementScenario.whenProposing;

/** ProposalRules: currency, amounts, the payment plan and the rates of the price. */
class AgreementPriceTest {

    private static final Currency USD = Currency.getInstance("USD");

    static Stream<Arguments> aTrialFeeOrMinimumRoyaltyInAnotherCurrency() {
        return Stream.of(
                field("terms.trialFee", t -> t.trialFee(usd("0.00"))),
                field("terms.price.royalty.minimumAnnualRoyalty", t -> t.royalty("0.03", usd("10000.00"))));
    }

    static Stream<Arguments> aPlannedAmountInAnotherCurrency() {
        return Stream.of(
                field("terms.price.licenceFee", t -> t.licenceFee(usd("300000.00"))),
                field("terms.price.upfrontFee", t -> t.upfrontFee(usd("0.00"))),
                field("terms.price.instalments[1].amount",
                        t -> t.instalment(1, new Instalment(usd("100000.00"), new DueRule.MonthsAfterLicenceStart(24)))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("aTrialFeeOrMinimumRoyaltyInAnotherCurrency")
    void a_trial_fee_or_minimum_royalty_in_another_currency_is_refused_naming_the_field(
            String field, UnaryOperator<TermsBuilder> variation) {
        whenProposing(variation.apply(validTerms())).thenInvalid("single-currency", field);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("aPlannedAmountInAnotherCurrency")
    void a_fee_or_instalment_in_another_currency_is_refused_naming_the_field(
            String field, UnaryOperator<TermsBuilder> variation) {
        whenProposing(variation.apply(validTerms())).thenInvalid("single-currency", field);
    }

    @Test
    void an_agreement_in_dollars_with_every_amount_in_dollars_is_accepted() {
        thenProposalIsRecorded(dollarTerms());
    }

    @Test
    void an_agreement_in_dollars_priced_in_yuan_names_the_first_amount_in_yuan() {
        whenProposing(validTerms().currency(USD)).thenInvalid("single-currency", "terms.trialFee");
    }

    static Stream<Arguments> oneNegativeAmount() {
        return Stream.of(
                field("terms.trialFee", t -> t.trialFee(cny("-0.01"))),
                field("terms.price.licenceFee", t -> t.licenceFee(cny("-0.01"))),
                field("terms.price.upfrontFee", t -> t.upfrontFee(cny("-0.01"))),
                field("terms.price.royalty.minimumAnnualRoyalty", t -> t.royalty("0.03", cny("-0.01"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oneNegativeAmount")
    void no_amount_of_the_offer_is_negative(String field, UnaryOperator<TermsBuilder> variation) {
        whenProposing(variation.apply(validTerms())).thenInvalid("amount-non-negative", field);
    }

    @Test
    void a_paid_trial_is_accepted() {
        thenProposalIsRecorded(validTerms().trialFee(cny("5000.00")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.00", "-100000.00"})
    void every_instalment_is_a_positive_amount(String amount) {
        whenProposing(validTerms().instalment(1, new Instalment(cny(amount), new DueRule.MonthsAfterLicenceStart(24))))
                .thenInvalid("instalment-positive", "terms.price.instalments[1].amount");
    }

    @Test
    void a_licence_with_neither_a_fee_nor_a_royalty_is_refused() {
        whenProposing(validTerms().licenceFee(cny("0.00")).instalments().noRoyalty())
                .thenInvalid("price-required", "terms.price");
    }

    @Test
    void a_royalty_only_price_with_no_licence_fee_is_accepted() {
        thenProposalIsRecorded(validTerms().licenceFee(cny("0.00")).instalments().royalty("0.05", null));
        thenProposalIsRecorded(validTerms().licenceFee(cny("0.00")).instalments().royalty("0.05", cny("20000.00")));
    }

    @Test
    void a_fee_without_a_royalty_is_accepted() {
        thenProposalIsRecorded(validTerms().noRoyalty());
    }

    @Test
    void an_upfront_fee_and_instalments_that_add_up_exactly_to_the_licence_fee_are_accepted() {
        thenProposalIsRecorded(validTerms().licenceFee(cny("250000.00")).upfrontFee(cny("50000.01")).instalments(
                new Instalment(cny("100000.00"), new DueRule.MonthsAfterLicenceStart(12)),
                new Instalment(cny("99999.99"), new DueRule.MonthsAfterLicenceStart(24))));
    }

    @Test
    void a_licence_fee_paid_entirely_upfront_is_accepted() {
        thenProposalIsRecorded(validTerms().upfrontFee(cny("300000.00")).instalments());
    }

    @Test
    void a_plan_one_fen_short_of_the_licence_fee_is_refused() {
        whenProposing(validTerms().instalment(2, new Instalment(cny("99999.99"), new DueRule.MonthsAfterLicenceStart(36))))
                .thenInvalid("plan-adds-up-to-fee", "terms.price.instalments");
    }

    @Test
    void a_plan_one_fen_over_the_licence_fee_is_refused() {
        whenProposing(validTerms().upfrontFee(cny("0.01"))).thenInvalid("plan-adds-up-to-fee", "terms.price.instalments");
    }

    @Test
    void instalments_on_a_royalty_only_price_are_refused_because_there_is_no_fee_to_pay() {
        whenProposing(validTerms().licenceFee(cny("0.00"))).thenInvalid("plan-adds-up-to-fee", "terms.price.instalments");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.0001", "0.05", "1"})
    void a_royalty_rate_above_zero_and_at_most_one_hundred_percent_is_accepted(String rate) {
        thenProposalIsRecorded(validTerms().royalty(rate, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.000", "1.0001", "3"})
    void a_royalty_rate_of_zero_or_above_one_hundred_percent_is_refused(String rate) {
        whenProposing(validTerms().royalty(rate, null)).thenInvalid("royalty-rate-range", "terms.price.royalty.rate");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.0005", "0.01", "0.0100"})
    void late_interest_of_at_most_one_percent_a_day_is_accepted(String dailyRate) {
        thenProposalIsRecorded(validTerms().lateInterestDailyRate(dailyRate));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.0101", "0.02", "1"})
    void late_interest_above_one_percent_a_day_is_refused(String dailyRate) {
        whenProposing(validTerms().lateInterestDailyRate(dailyRate))
                .thenInvalid("late-interest-rate-cap", "terms.lateInterestDailyRate");
    }

    private static TermsBuilder dollarTerms() {
        return validTerms().currency(USD).trialFee(usd("0.00")).licenceFee(usd("40000.00")).upfrontFee(usd("10000.00"))
                .instalments(new Instalment(usd("30000.00"), new DueRule.OnDate(LocalDate.of(2025, 3, 1))))
                .royalty("0.02", usd("1000.00"));
    }

    private static Arguments field(String field, UnaryOperator<TermsBuilder> variation) {
        return Arguments.of(field, Named.of("vary " + field, variation));
    }
}
