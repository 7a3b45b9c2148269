package com.foretaste.application.guarantee;

import com.foretaste.domain.guarantee.Parties;
import com.foretaste.domain.guarantee.RiskSharing;
import com.foretaste.domain.guarantee.Share;
import com.foretaste.domain.guarantee.loss.Settlement.Transfer;
import com.foretaste.domain.shared.Money;
import com.foretaste.domain.shared.Rate;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The losses of a default on the worked examples of docs/domain/guarantees.md, before and after settling. */
class DefaultLossesTest {

    private static final String POOL = RiskSharing.POOL;
    private static final DefaultLosses.AgreementDefault DEFAULT = new DefaultLosses.AgreementDefault(LocalDate.of(2026, 7, 3),
            cny("180000.00"), cny("2700.00"), null);

    @Test
    void the_guarantor_paid_first_so_the_licensor_refunds_it_and_it_pays_the_pool_back() {
        DefaultLosses.Loss loss = DefaultLosses.of(DEFAULT, cny("138160.00"), Optional.of(honoured(cny("0.00"),
                List.of(new Share(POOL, cny("63945.00"))))));

        assertThat(loss.waterfall().insurer()).isEqualTo(cny("138160.00"));
        assertThat(loss.waterfall().guarantor()).isEqualTo(cny("31178.00"));
        assertThat(loss.waterfall().partners()).containsExactly(new Share(POOL, cny("15589.00")));
        assertThat(loss.waterfall().licensor()).isEqualTo(cny("13362.00"));
        assertThat(loss.transfers()).containsExactly(new Transfer(Parties.LICENSOR, Parties.GUARANTOR, cny("96712.00")),
                new Transfer(Parties.GUARANTOR, POOL, cny("48356.00")));
        assertThat(loss.settled()).isFalse();
    }

    @Test
    void once_the_refund_and_the_return_are_recorded_nothing_is_left_to_move() {
        DefaultLosses.Loss loss = DefaultLosses.of(DEFAULT, cny("138160.00"), Optional.of(honoured(cny("96712.00"),
                List.of(new Share(POOL, cny("63945.00")), new Share(POOL, cny("-48356.00"))))));

        assertThat(loss.paid().guarantor()).isEqualTo(cny("31178.00"));
        assertThat(loss.paid().reimbursed()).containsExactly(new Share(POOL, cny("15589.00")));
        assertThat(loss.transfers()).isEmpty();
        assertThat(loss.settled()).isTrue();
    }

    @Test
    void without_a_guarantee_the_licensor_keeps_what_the_insurer_did_not_pay_and_an_unpaid_call_is_owed() {
        DefaultLosses.Loss insuredOnly = DefaultLosses.of(DEFAULT, cny("138160.00"), Optional.empty());
        assertThat(insuredOnly.waterfall().licensor()).isEqualTo(cny("44540.00"));
        assertThat(insuredOnly.settled()).isTrue();

        DefaultLosses.GuaranteeFacts called = new DefaultLosses.GuaranteeFacts("g", Rate.of("0.7"), cny("127890.00"),
                RiskSharing.xian(), cny("0.00"), cny("0.00"), List.of(), List.of(), cny("0.00"));
        DefaultLosses.Loss unpaid = DefaultLosses.of(DEFAULT, cny("0.00"), Optional.of(called));
        assertThat(unpaid.waterfall().guarantor()).isEqualTo(cny("127890.00"));
        assertThat(unpaid.transfers()).containsExactly(new Transfer(Parties.GUARANTOR, Parties.LICENSOR, cny("127890.00")),
                new Transfer(POOL, Parties.GUARANTOR, cny("63945.00")));
    }

    private static DefaultLosses.GuaranteeFacts honoured(Money refunded, List<Share> reimbursed) {
        return new DefaultLosses.GuaranteeFacts("g", Rate.of("0.7"), cny("127890.00"), RiskSharing.xian(), cny("127890.00"),
                refunded, reimbursed, List.of(), cny("0.00"));
    }

    private static Money cny(String amount) {
        return Money.of(amount, "CNY");
    }
}
