package com.foretaste.domain.guarantee.financing;

import com.foretaste.domain.guarantee.financing.GuaranteeCommand.*;
import com.foretaste.domain.guarantee.financing.GuaranteeEvent.OutstandingMoved;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static com.foretaste.domain.guarantee.financing.GuaranteeFixture.*;
import static org.assertj.core.api.Assertions.assertThat;

/** Exposure = min(cap 300,000.00, 70% x the obligor's outstanding guaranteed amount), after every movement of the agreement. */
class ExposureTest {

    private static final LocalDate ON = LocalDate.of(2026, 5, 1);

    private static NoteOutstanding moved(Movement movement, String outstanding) {
        return new NoteOutstanding(GUARANTEE, movement, "evt-" + movement, cny(outstanding), ON);
    }

    @Test
    void a_payment_lowers_the_exposure() {
        Given given = issued();

        assertThat(given.when(moved(Movement.PAYMENT, "300000.00"), ON)).containsExactly(
                new OutstandingMoved(GUARANTEE, Movement.PAYMENT, "evt-PAYMENT", cny("300000.00"), cny("210000.00"), ON));
        assertThat(FinancingGuarantee.exposure(given.state())).isEqualTo(cny("210000.00"));
    }

    @Test
    void an_equity_swap_lowers_the_exposure_like_a_payment() {
        Given given = issued();
        given.when(moved(Movement.EQUITY_SWAP, "250000.00"), ON);

        assertThat(FinancingGuarantee.exposure(given.state())).isEqualTo(cny("175000.00"));
    }

    @Test
    void more_owed_raises_the_exposure_up_to_the_cap() {
        Given given = issued();
        given.when(moved(Movement.AMOUNT_DUE, "428571.43"), ON);
        assertThat(FinancingGuarantee.exposure(given.state())).isEqualTo(cny("300000.00"));

        given.when(moved(Movement.SCHEDULE, "600000.00"), ON);
        assertThat(FinancingGuarantee.exposure(given.state())).isEqualTo(cny("300000.00"));
    }

    @Test
    void a_default_and_its_cure_move_the_exposure_with_what_is_owed() {
        Given given = issued();
        given.when(moved(Movement.DEFAULT, "182700.00"), ON);
        assertThat(FinancingGuarantee.exposure(given.state())).isEqualTo(cny("127890.00"));

        given.when(moved(Movement.CURE, "0.01"), ON);
        // 70% x 0.01 = 0.007 -> 0.01
        assertThat(FinancingGuarantee.exposure(given.state())).isEqualTo(cny("0.01"));
    }

    @Test
    void the_same_outstanding_amount_noted_again_records_nothing() {
        Given given = issued();
        given.when(moved(Movement.PAYMENT, "300000.00"), ON);

        assertThat(given.when(moved(Movement.PAYMENT, "300000.00"), ON)).isEmpty();
    }

    @Test
    void the_exposure_follows_before_issue_but_counts_only_once_issued() {
        Given given = requested();
        given.when(moved(Movement.PAYMENT, "100000.00"), ON);

        assertThat(given.file().exposure()).isEqualTo(cny("70000.00"));
        assertThat(FinancingGuarantee.exposure(given.state())).isEqualTo(cny("0.00"));
    }

    @Test
    void an_honoured_guarantee_has_no_exposure_left_and_follows_no_more() {
        Given given = honoured();

        assertThat(FinancingGuarantee.exposure(given.state())).isEqualTo(cny("0.00"));
        assertThat(given.when(moved(Movement.PAYMENT, "100000.00"), ON)).isEmpty();
    }

    @Test
    void a_negative_outstanding_amount_is_refused() {
        assertThat(issued().rejected(moved(Movement.OTHER, "-1.00"), ON).rule()).isEqualTo("outstanding-non-negative");
    }
}
