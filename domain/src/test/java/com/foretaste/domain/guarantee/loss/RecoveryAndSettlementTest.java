package com.foretaste.domain.guarantee.loss;

import com.foretaste.domain.guarantee.Share;
import com.foretaste.domain.guarantee.loss.Settlement.Paid;
import com.foretaste.domain.guarantee.loss.Settlement.Transfer;
import com.foretaste.domain.shared.Money;
import com.foretaste.domain.shared.Rate;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static com.foretaste.domain.guarantee.Parties.GUARANTOR;
import static com.foretaste.domain.guarantee.Parties.INSURER;
import static com.foretaste.domain.guarantee.Parties.LICENSOR;
import static com.foretaste.domain.guarantee.RiskSharing.*;
import static com.foretaste.domain.guarantee.loss.LossAllocationTest.*;
import static org.assertj.core.api.Assertions.assertThat;

/** The default of {@link LossAllocationTest}: recoveries go back in proportion; payments in any order settle to the waterfall. */
class RecoveryAndSettlementTest {

    private final Waterfall both = LossAllocation.allocate(LOSS, INDEMNITY, guarantee("150000.00", anhui()));

    @Test
    void a_recovery_goes_back_in_proportion_to_what_each_bore() {
        // 18,270.00 is 10% of the loss: each party recovers 10% of what it bore
        assertThat(both.shareRecovery(List.of(), cny("18270.00"))).containsExactly(new Share(INSURER, cny("13816.00")),
                new Share(GUARANTOR, cny("1247.12")), new Share(RE_GUARANTOR, cny("935.34")),
                new Share(LENDING_BANK, cny("623.56")), new Share(LOCAL_GOVERNMENT, cny("311.78")),
                new Share(LICENSOR, cny("1336.20")));
    }

    @Test
    void the_cents_a_recovery_leaves_after_rounding_down_go_to_the_licensor() {
        // 0.05 x 138,160.00 / 182,700.00 = 0.0378 -> 0.03; every other share is below a cent; 0.02 are left
        List<Share> shares = both.shareRecovery(List.of(), cny("0.05"));

        assertThat(Share.of(shares, INSURER, LOSS.currency())).isEqualTo(cny("0.03"));
        assertThat(Share.of(shares, LICENSOR, LOSS.currency())).isEqualTo(cny("0.02"));
    }

    @Test
    void recovering_the_rest_of_the_loss_gives_each_exactly_what_it_bore() {
        List<Share> first = both.shareRecovery(List.of(), cny("1000.00"));
        List<Share> rest = both.shareRecovery(first, LOSS.minus(cny("1000.00")));

        for (Share borne : both.borne()) {
            assertThat(Share.of(first, borne.party(), LOSS.currency()).plus(Share.of(rest, borne.party(), LOSS.currency())))
                    .isEqualTo(borne.amount());
        }
    }

    @Test
    void when_the_insurer_paid_first_and_the_guarantor_its_share_nothing_is_left_to_settle_but_reimbursements() {
        Waterfall xian = LossAllocation.allocate(LOSS, INDEMNITY, guarantee("150000.00", xian()));

        assertThat(Settlement.settle(xian, new Paid(INDEMNITY, cny("31178.00"), List.of(new Share(POOL, cny("15589.00"))))))
                .isEmpty();
        assertThat(Settlement.settle(xian, new Paid(INDEMNITY, cny("31178.00"), List.of())))
                .containsExactly(new Transfer(POOL, GUARANTOR, cny("15589.00")));
    }

    @Test
    void when_the_guarantor_paid_before_the_insurer_the_licensor_refunds_it_and_it_refunds_the_pool() {
        Waterfall xian = LossAllocation.allocate(LOSS, INDEMNITY, guarantee("150000.00", xian()));
        // honoured before the claim was decided: 70% x 182,700.00 = 127,890.00, half of it reimbursed by the pool
        Money honoured = LossAllocation.guarantorPayment(LOSS, NONE, Rate.of("0.7"), cny("150000.00"));

        assertThat(honoured).isEqualTo(cny("127890.00"));
        assertThat(Settlement.settle(xian, new Paid(INDEMNITY, honoured, List.of(new Share(POOL, cny("63945.00"))))))
                .containsExactly(new Transfer(LICENSOR, GUARANTOR, cny("96712.00")),
                        new Transfer(GUARANTOR, POOL, cny("48356.00")));
    }

    @Test
    void with_no_insurance_the_guarantors_payment_is_its_share() {
        Waterfall alone = LossAllocation.allocate(LOSS, NONE, guarantee("150000.00", none()));

        assertThat(Settlement.settle(alone, new Paid(NONE, cny("127890.00"), List.of()))).isEmpty();
        assertThat(LossAllocation.allocate(LOSS, NONE, Optional.empty()).licensor()).isEqualTo(LOSS);
    }
}
