package com.foretaste.domain.insurance.policy;

import com.foretaste.domain.shared.Rate;
import org.junit.jupiter.api.Test;

import static com.foretaste.domain.insurance.policy.PolicyFixture.cny;
import static org.assertj.core.api.Assertions.assertThat;

/** indemnity = min(remaining limit, ratio x max(0, loss - deductible)), worked by hand. */
class IndemnityPolicyTest {

    @Test
    void the_deductible_below_the_loss_is_taken_off_before_the_ratio() {
        // (182,700.00 - 10,000.00) x 80% = 138,160.00
        assertThat(IndemnityPolicy.indemnity(cny("182700.00"), cny("10000.00"), Rate.of("0.8"), cny("500000.00")))
                .isEqualTo(cny("138160.00"));
    }

    @Test
    void a_deductible_above_the_loss_leaves_nothing_to_pay() {
        // max(0, 8,000.00 - 10,000.00) = 0
        assertThat(IndemnityPolicy.indemnity(cny("8000.00"), cny("10000.00"), Rate.of("0.8"), cny("500000.00")))
                .isEqualTo(cny("0.00"));
    }

    @Test
    void a_ratio_of_95_percent_rounds_half_even_to_the_fen() {
        // (50,000.50 - 5,000.00) x 95% = 42,750.475 -> 42,750.48 (half even: 7 is odd, rounds up)
        assertThat(IndemnityPolicy.indemnity(cny("50000.50"), cny("5000.00"), Rate.of("0.95"), cny("500000.00")))
                .isEqualTo(cny("42750.48"));
        // (50,000.30 - 5,000.00) x 95% = 42,750.285 -> 42,750.28 (8 is even, stays)
        assertThat(IndemnityPolicy.indemnity(cny("50000.30"), cny("5000.00"), Rate.of("0.95"), cny("500000.00")))
                .isEqualTo(cny("42750.28"));
    }

    @Test
    void a_partly_used_limit_caps_the_indemnity_at_what_is_left() {
        // limit 200,000.00 with 138,160.00 used leaves 61,840.00; (120,000.00 - 10,000.00) x 95% = 104,500.00
        assertThat(IndemnityPolicy.indemnity(cny("120000.00"), cny("10000.00"), Rate.of("0.95"),
                cny("200000.00").minus(cny("138160.00")))).isEqualTo(cny("61840.00"));
    }

    @Test
    void a_limit_used_up_pays_nothing() {
        assertThat(IndemnityPolicy.indemnity(cny("120000.00"), cny("0.00"), Rate.of("0.8"), cny("0.00")))
                .isEqualTo(cny("0.00"));
    }
}
