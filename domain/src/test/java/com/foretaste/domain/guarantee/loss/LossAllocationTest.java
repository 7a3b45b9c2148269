package com.foretaste.domain.guarantee.loss;

import com.foretaste.domain.guarantee.RiskSharing;
import com.foretaste.domain.guarantee.Share;
import com.foretaste.domain.shared.InvalidValueException;
import com.foretaste.domain.shared.Money;
import com.foretaste.domain.shared.Rate;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static com.foretaste.domain.guarantee.Parties.GUARANTOR;
import static com.foretaste.domain.guarantee.Parties.INSURER;
import static com.foretaste.domain.guarantee.Parties.LICENSOR;
import static com.foretaste.domain.guarantee.RiskSharing.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Qinling Robotics defaulted owing 182,700.00 (180,000.00 principal, 2,700.00 interest). The insurer's indemnity is
 * 138,160.00 ((182,700.00 - 10,000.00) x 80%); the guarantee covers 70% with an exposure of 150,000.00.
 */
class LossAllocationTest {

    static final Money LOSS = cny("182700.00");
    static final Money INDEMNITY = cny("138160.00");
    static final Money NONE = cny("0.00");

    static Money cny(String amount) {
        return Money.of(amount, "CNY");
    }

    static Optional<GuaranteeCover> guarantee(String exposure, RiskSharing sharing) {
        return Optional.of(new GuaranteeCover(Rate.of("0.7"), cny(exposure), sharing));
    }

    @Test
    void with_insurance_only_the_insurer_bears_its_indemnity_and_the_licensor_the_rest() {
        Waterfall w = LossAllocation.allocate(LOSS, INDEMNITY, Optional.empty());

        assertThat(w.borne()).containsExactly(new Share(INSURER, INDEMNITY), new Share(GUARANTOR, NONE),
                new Share(LICENSOR, cny("44540.00")));
    }

    @Test
    void with_a_guarantee_only_the_guarantor_pays_its_ratio_of_the_whole_loss() {
        Waterfall w = LossAllocation.allocate(LOSS, NONE, guarantee("150000.00", xian()));

        // 70% x 182,700.00 = 127,890.00, within the exposure; the pool reimburses half
        assertThat(w.guarantor()).isEqualTo(cny("127890.00"));
        assertThat(w.borne()).containsExactly(new Share(INSURER, NONE), new Share(GUARANTOR, cny("63945.00")),
                new Share(POOL, cny("63945.00")), new Share(LICENSOR, cny("54810.00")));
    }

    @Test
    void with_both_the_guarantor_pays_its_ratio_of_what_the_insurer_left() {
        Waterfall w = LossAllocation.allocate(LOSS, INDEMNITY, guarantee("150000.00", xian()));

        // 70% x (182,700.00 - 138,160.00) = 70% x 44,540.00 = 31,178.00
        assertThat(w.borne()).containsExactly(new Share(INSURER, INDEMNITY), new Share(GUARANTOR, cny("15589.00")),
                new Share(POOL, cny("15589.00")), new Share(LICENSOR, cny("13362.00")));
    }

    @Test
    void with_neither_the_licensor_bears_the_whole_loss() {
        Waterfall w = LossAllocation.allocate(LOSS, NONE, Optional.empty());

        assertThat(w.licensor()).isEqualTo(LOSS);
        assertThat(w.insurer().plus(w.guarantor())).isEqualTo(NONE);
    }

    @Test
    void anhuis_four_three_two_one_shares_the_guarantors_payment() {
        Waterfall w = LossAllocation.allocate(LOSS, INDEMNITY, guarantee("150000.00", anhui()));

        assertThat(w.guarantor()).isEqualTo(cny("31178.00"));
        assertThat(w.partners()).containsExactly(new Share(RE_GUARANTOR, cny("9353.40")),
                new Share(LENDING_BANK, cny("6235.60")), new Share(LOCAL_GOVERNMENT, cny("3117.80")));
        assertThat(w.guarantorRetained()).isEqualTo(cny("12471.20"));
        assertThat(w.licensor()).isEqualTo(cny("13362.00"));
    }

    @Test
    void the_guarantor_never_pays_beyond_its_exposure() {
        Waterfall w = LossAllocation.allocate(LOSS, INDEMNITY, guarantee("20000.00", none()));

        assertThat(w.guarantor()).isEqualTo(cny("20000.00"));
        assertThat(w.licensor()).isEqualTo(cny("24540.00"));
    }

    @Test
    void the_guarantors_payment_rounds_half_even_and_the_licensor_keeps_the_exact_rest() {
        Optional<GuaranteeCover> half = Optional.of(new GuaranteeCover(Rate.of("0.5"), cny("1000.00"), none()));

        // 50% x 100.01 = 50.005 -> 50.00; 50% x 100.03 = 50.015 -> 50.02
        assertThat(LossAllocation.allocate(cny("100.01"), NONE, half).licensor()).isEqualTo(cny("50.01"));
        assertThat(LossAllocation.allocate(cny("100.03"), NONE, half).guarantor()).isEqualTo(cny("50.02"));
    }

    @Test
    void partners_shares_round_cumulatively_and_the_guarantor_keeps_the_remainder() {
        // of 0.05: 30% -> 0.015 -> 0.02; 50% -> 0.025 -> 0.02, less 0.02 = 0.00; 60% -> 0.03, less 0.02 = 0.01
        assertThat(anhui().reimbursements(cny("0.05"))).containsExactly(new Share(RE_GUARANTOR, cny("0.02")),
                new Share(LENDING_BANK, cny("0.00")), new Share(LOCAL_GOVERNMENT, cny("0.01")));
        assertThat(anhui().retained(cny("0.05"))).isEqualTo(cny("0.02"));
    }

    @Test
    void an_indemnity_above_the_loss_is_refused() {
        assertThatThrownBy(() -> LossAllocation.allocate(cny("100.00"), cny("100.01"), Optional.empty()))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.rule()).isEqualTo("indemnity-within-loss"));
    }

    @Test
    void a_programme_whose_partners_share_more_than_the_whole_is_refused() {
        assertThatThrownBy(() -> new RiskSharing("X", List.of(new PartnerShare("a", Rate.of("0.6")),
                new PartnerShare("b", Rate.of("0.5")))))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.rule()).isEqualTo("risk-sharing-at-most-whole"));
    }
}
