package com.foretaste.domain.licensing.agreement;

import com.foretaste.domain.licensing.agreement.AgreementEvent.EquitySwapAgreed;
import com.foretaste.domain.licensing.agreement.AgreementEvent.EquitySwapProposed;
import com.foretaste.domain.shared.Rate;
import com.foretaste.domain.shared.RejectionKind;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static com.foretaste.domain.licensing.agreement.AgreementFixture.*;
import static com.foretaste.domain.licensing.agreement.AgreementScenario.given;
import static com.foretaste.domain.licensing.agreement.LicenceFixture.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Transfer then equity: the licensor proposes converting outstanding fee into shares (amount = shares x
 * price exactly), the licensee accepts; principal is reduced latest due first, or on the amounts named.
 * With the upfront fee paid, 200,000.00 is outstanding: #2 due 2026-03-03, #3 on first revenue.
 */
class EquitySwapTest {

    private static final LocalDate SWAP_DATE = LocalDate.of(2025, 4, 1);

    private static EquitySwapProposed swapProposed(String swapId, long shares, String price, long after, String amount,
                                                   String valuation, String stake, Integer... applyTo) {
        return new EquitySwapProposed(agreementId(), swapId, shares, new BigDecimal(price), after, cny(amount),
                cny(valuation), Rate.of(stake), List.of(applyTo), SWAP_DATE);
    }

    private static AgreementScenario upfrontPaidAnd(AgreementEvent... more) {
        return given(licensedThen(with(upfrontPaid(), more)));
    }

    @Test
    void a_proposed_swap_records_amount_post_money_valuation_and_stake() {
        // 15,000 x 10.00 = 150,000.00; 1,015,000 x 10.00 = 10,150,000.00; 15,000 / 1,015,000 = 0.0147783... -> 0.014778
        upfrontPaidAnd().when(proposeSwap("S1", 15_000, "10.00", 1_015_000), SWAP_DATE).thenEvents(
                swapProposed("S1", 15_000, "10.00", 1_015_000, "150000.00", "10150000.00", "0.014778"));
    }

    @Test
    void the_stake_is_recorded_to_six_places_rounded_half_even() {
        upfrontPaidAnd().when(proposeSwap("S1", 2, "1.00", 3), SWAP_DATE)
                .thenEvents(swapProposed("S1", 2, "1.00", 3, "2.00", "3.00", "0.666667"));
        upfrontPaidAnd().when(proposeSwap("S1", 1, "1.00", 8_000_000), SWAP_DATE)
                .thenEvents(swapProposed("S1", 1, "1.00", 8_000_000, "1.00", "8000000.00", "0.000000"));
    }

    @Test
    void shares_times_price_must_be_an_exact_amount() {
        // 1,001 x 0.333 = 333.333 has a third decimal; 1,000 x 0.333 = 333.000 is exact
        upfrontPaidAnd().when(proposeSwap("S1", 1_001, "0.333", 2_000_000), SWAP_DATE)
                .thenInvalid("swap-amount-exact", "pricePerShare");
        upfrontPaidAnd().when(proposeSwap("S1", 1_000, "0.333", 3_000_000), SWAP_DATE)
                .thenEvents(swapProposed("S1", 1_000, "0.333", 3_000_000, "333.00", "999000.00", "0.000333"));
    }

    @Test
    void a_swap_converts_at_most_the_principal_outstanding() {
        upfrontPaidAnd().when(proposeSwap("S1", 20_001, "10.00", 1_000_000), SWAP_DATE)
                .thenInvalid("swap-within-outstanding", "shares");
        upfrontPaidAnd().when(proposeSwap("S1", 20_000, "10.00", 1_000_000), SWAP_DATE)
                .thenEvents(swapProposed("S1", 20_000, "10.00", 1_000_000, "200000.00", "10000000.00", "0.02"));
    }

    @Test
    void shares_price_and_shares_outstanding_must_make_sense() {
        upfrontPaidAnd().when(proposeSwap("S1", 0, "10.00", 1_000), SWAP_DATE)
                .thenInvalid("swap-shares-and-price-positive", "shares");
        upfrontPaidAnd().when(proposeSwap("S1", 100, "10.00", 99), SWAP_DATE)
                .thenInvalid("swap-shares-outstanding", "sharesOutstandingAfter");
    }

    @Test
    void a_swap_at_a_price_of_zero_or_less_is_refused_naming_the_price_per_share() {
        upfrontPaidAnd().when(proposeSwap("S1", 100, "0.00", 1_000), SWAP_DATE)
                .thenInvalid("swap-shares-and-price-positive", "pricePerShare");
        upfrontPaidAnd().when(proposeSwap("S1", 100, "-0.50", 1_000), SWAP_DATE)
                .thenInvalid("swap-shares-and-price-positive", "pricePerShare");
    }

    @Test
    void zero_shares_at_zero_price_is_refused_naming_the_shares_first() {
        upfrontPaidAnd().when(proposeSwap("S1", 0, "0.00", 1_000), SWAP_DATE)
                .thenInvalid("swap-shares-and-price-positive", "shares");
    }

    @Test
    void each_swap_has_its_own_id() {
        EquitySwapProposed s1 = swapProposed("S1", 100, "10.00", 1_000, "1000.00", "10000.00", "0.1");

        upfrontPaidAnd(s1).when(proposeSwap("S1", 100, "10.00", 1_000), SWAP_DATE).thenInvalid("swap-id-unused", "swapId");
        upfrontPaidAnd().when(proposeSwap(" ", 100, "10.00", 1_000), SWAP_DATE).thenInvalid("swap-id-unused", "swapId");
    }

    @Test
    void the_named_amounts_must_be_open_distinct_and_cover_the_swap() {
        upfrontPaidAnd().when(proposeSwap("S1", 100, "10.00", 1_000, 1), SWAP_DATE)
                .thenInvalid("swap-applies-to-open-amounts", "applyTo");
        upfrontPaidAnd().when(proposeSwap("S1", 100, "10.00", 1_000, 9), SWAP_DATE)
                .thenInvalid("swap-applies-to-open-amounts", "applyTo");
        upfrontPaidAnd().when(proposeSwap("S1", 15_000, "10.00", 1_000_000, 2, 2), SWAP_DATE)
                .thenInvalid("swap-applies-to-distinct-amounts", "applyTo");
        upfrontPaidAnd().when(proposeSwap("S1", 15_000, "10.00", 1_000_000, 2), SWAP_DATE)
                .thenInvalid("swap-within-outstanding", "shares");
    }

    @Test
    void an_accepted_swap_reduces_the_latest_due_principal_first() {
        upfrontPaidAnd(swapProposed("S1", 15_000, "10.00", 1_015_000, "150000.00", "10150000.00", "0.014778"))
                .when(acceptSwap("S1"), SWAP_DATE.plusDays(3)).thenEvents(new EquitySwapAgreed(agreementId(), "S1",
                        List.of(allocation(3, "0.00", "100000.00"), allocation(2, "0.00", "50000.00")), SWAP_DATE.plusDays(3)));
    }

    @Test
    void an_accepted_swap_reduces_the_amounts_it_names_and_shows_as_an_agreed_stake() {
        AgreementLife life = AgreementLife.from(licensedThen(upfrontPaid()))
                .run(proposeSwap("S2", 5_000, "10.00", 1_000_000, 2), SWAP_DATE);

        life.then().when(acceptSwap("S2"), SWAP_DATE).thenEvents(new EquitySwapAgreed(agreementId(), "S2",
                List.of(allocation(2, "0.00", "50000.00")), SWAP_DATE));
        Licence licence = life.run(acceptSwap("S2"), SWAP_DATE).licence();
        assertThat(licence.ledger().get(2).principalConverted()).isEqualTo(cny("50000.00"));
        assertThat(licence.ledger().principalOutstanding()).isEqualTo(cny("150000.00"));
        assertThat(licence.swap("S2")).hasValueSatisfying(s -> assertThat(s.agreedOn()).isEqualTo(SWAP_DATE));
    }

    @Test
    void only_the_licensor_proposes_and_only_the_licensee_accepts() {
        upfrontPaidAnd().when(new AgreementCommand.ProposeEquitySwap(agreementId(), licensee(), "S1", 100,
                BigDecimal.TEN, 1_000, List.of()), SWAP_DATE).thenRejected(RejectionKind.NOT_A_PARTY, "swap-proposed-by-licensor");
        upfrontPaidAnd(swapProposed("S1", 100, "10.00", 1_000, "1000.00", "10000.00", "0.1"))
                .when(new AgreementCommand.AcceptEquitySwap(agreementId(), licensor(), "S1"), SWAP_DATE)
                .thenRejected(RejectionKind.NOT_A_PARTY, "swap-accepted-by-licensee");
    }

    @Test
    void a_swap_is_accepted_once_and_only_if_proposed() {
        EquitySwapProposed s1 = swapProposed("S1", 100, "10.00", 1_000, "1000.00", "10000.00", "0.1");
        EquitySwapAgreed agreed = new EquitySwapAgreed(agreementId(), "S1", List.of(allocation(3, "0.00", "1000.00")), SWAP_DATE);

        upfrontPaidAnd().when(acceptSwap("S1"), SWAP_DATE).thenInvalid("swap-exists", "swapId");
        upfrontPaidAnd(s1, agreed).when(acceptSwap("S1"), SWAP_DATE)
                .thenNotAllowedIn(AgreementStatus.LICENSED, "swap-agreed-once");
    }

    @Test
    void a_swap_proposed_at_purchase_that_payments_have_since_overtaken_is_refused() {
        AgreementLife life = AgreementLife.from(licensedThen())
                .run(proposeSwap("S1", 30_000, "10.00", 1_000_000), PURCHASE_DATE).pay(UPFRONT_DUE, "100000.00");

        life.then().when(acceptSwap("S1"), SWAP_DATE).thenNotAllowedIn(AgreementStatus.LICENSED, "swap-within-outstanding");
    }

    @Test
    void fees_are_converted_only_under_a_licence_in_force() {
        given(proposed(), trialStarted()).when(proposeSwap("S1", 100, "10.00", 1_000), SWAP_DATE)
                .thenNotAllowedIn(AgreementStatus.TRIAL, "swap-while-licensed");
        given(proposed(), trialStarted()).when(acceptSwap("S1"), SWAP_DATE)
                .thenNotAllowedIn(AgreementStatus.TRIAL, "swap-while-licensed");
    }
}
