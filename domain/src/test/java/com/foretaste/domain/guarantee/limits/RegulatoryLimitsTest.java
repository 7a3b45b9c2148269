package com.foretaste.domain.guarantee.limits;

import com.foretaste.domain.shared.Money;
import com.foretaste.domain.shared.Rejection;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Shaanxi Technology Guarantee has net assets of 200,000,000.00: at most 2,000,000,000.00 outstanding (3,000,000,000.00
 * serving mainly small and micro firms), 20,000,000.00 to one obligor, 30,000,000.00 to one obligor and its related parties.
 */
class RegulatoryLimitsTest {

    private static final Money NEW = cny("150000.00");

    private static Money cny(String amount) {
        return Money.of(amount, "CNY");
    }

    private static GuarantorBook book(boolean smallAndMicro, String outstanding, String obligor, String group) {
        return new GuarantorBook(cny("200000000.00"), smallAndMicro, cny(outstanding), cny(obligor), cny(group));
    }

    @Test
    void the_limits_follow_net_assets() {
        assertThat(RegulatoryLimits.of(book(false, "0.00", "0.00", "0.00"))).isEqualTo(new RegulatoryLimits.Limits(
                cny("2000000000.00"), cny("20000000.00"), cny("30000000.00")));
        assertThat(RegulatoryLimits.of(book(true, "0.00", "0.00", "0.00")).leverage()).isEqualTo(cny("3000000000.00"));
    }

    @Test
    void total_liability_may_reach_ten_times_net_assets_but_not_pass_it() {
        assertThat(RegulatoryLimits.check(book(false, "1999850000.00", "0.00", "0.00"), NEW)).isEmpty();

        Optional<Rejection> refused = RegulatoryLimits.check(book(false, "1999900000.00", "0.00", "0.00"), NEW);
        assertThat(refused).hasValueSatisfying(r -> {
            assertThat(r.rule()).isEqualTo("leverage-limit");
            assertThat(r.message()).contains("CNY 2000050000.00", "CNY 1999900000.00", "CNY 150000.00",
                    "CNY 2000000000.00", "10 x net assets", "by CNY 50000.00");
        });
    }

    @Test
    void a_guarantor_serving_mainly_small_and_micro_firms_may_reach_fifteen_times() {
        assertThat(RegulatoryLimits.check(book(true, "1999900000.00", "0.00", "0.00"), NEW)).isEmpty();
        assertThat(RegulatoryLimits.check(book(true, "2999900000.00", "0.00", "0.00"), NEW))
                .hasValueSatisfying(r -> assertThat(r.message()).contains("15 x net assets", "CNY 3000000000.00"));
    }

    @Test
    void liability_to_one_obligor_may_not_pass_ten_percent_of_net_assets() {
        assertThat(RegulatoryLimits.check(book(false, "30000000.00", "19850000.00", "19850000.00"), NEW)).isEmpty();
        assertThat(RegulatoryLimits.check(book(false, "30000000.00", "19900000.00", "19900000.00"), NEW))
                .hasValueSatisfying(r -> {
                    assertThat(r.rule()).isEqualTo("single-obligor-limit");
                    assertThat(r.message()).contains("CNY 20050000.00", "CNY 20000000.00", "10% of net assets");
                });
    }

    @Test
    void liability_to_one_obligor_with_its_related_parties_may_not_pass_fifteen_percent() {
        assertThat(RegulatoryLimits.check(book(false, "40000000.00", "5000000.00", "29850000.00"), NEW)).isEmpty();
        assertThat(RegulatoryLimits.check(book(false, "40000000.00", "5000000.00", "29900000.00"), NEW))
                .hasValueSatisfying(r -> {
                    assertThat(r.rule()).isEqualTo("obligor-group-limit");
                    assertThat(r.message()).contains("CNY 30050000.00", "CNY 30000000.00", "15% of net assets");
                });
    }

    @Test
    void without_net_assets_recorded_nothing_is_approved() {
        GuarantorBook empty = new GuarantorBook(cny("0.00"), false, cny("0.00"), cny("0.00"), cny("0.00"));

        assertThat(RegulatoryLimits.check(empty, NEW)).hasValueSatisfying(r ->
                assertThat(r.rule()).isEqualTo("net-assets-recorded"));
    }

    /**
     * The worked example of docs/domain/guarantees.md: net assets of 2,000,000.00 (200,000.00 to one obligor,
     * 300,000.00 to its group); 150,000.00 is outstanding to Weihe, registered as related to Qinling, and Qinling
     * asks for 160,000.00. Alone Qinling stays within 10%; with Weihe the group would pass 15%.
     */
    @Test
    void a_related_partys_liability_counts_towards_the_obligors_group_limit() {
        Money net = cny("2000000.00");
        GuarantorBook unrelated = new GuarantorBook(net, false, cny("150000.00"), cny("0.00"), cny("0.00"));
        GuarantorBook related = new GuarantorBook(net, false, cny("150000.00"), cny("0.00"), cny("150000.00"));

        assertThat(RegulatoryLimits.check(unrelated, cny("160000.00"))).isEmpty();
        assertThat(RegulatoryLimits.check(related, cny("160000.00"))).hasValueSatisfying(r -> {
            assertThat(r.rule()).isEqualTo("obligor-group-limit");
            assertThat(r.message()).isEqualTo("liability to the obligor and its related parties would be CNY 310000.00"
                    + " (CNY 150000.00 outstanding + CNY 160000.00 of this guarantee), above the limit of CNY 300000.00"
                    + " (15% of net assets of CNY 2000000.00) by CNY 10000.00");
        });
        assertThat(RegulatoryLimits.check(related, cny("150000.00"))).isEmpty();
    }

    @Test
    void a_guarantee_in_another_currency_than_the_net_assets_is_refused_not_left_out() {
        assertThat(RegulatoryLimits.check(book(false, "0.00", "0.00", "0.00"), Money.of("150000.00", "USD")))
                .hasValueSatisfying(r -> {
                    assertThat(r.rule()).isEqualTo("guarantee-in-net-assets-currency");
                    assertThat(r.message()).contains("USD", "CNY");
                });
    }
}
