package com.foretaste.domain.guarantee.financing;

import com.foretaste.domain.guarantee.financing.GuaranteeCommand.*;
import com.foretaste.domain.guarantee.financing.GuaranteeEvent.*;
import com.foretaste.domain.shared.Decision;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;

import static com.foretaste.domain.guarantee.financing.GuaranteeFixture.*;
import static org.assertj.core.api.Assertions.assertThat;

/** Release when the obligations are paid in full, expiry at the term's end with no call open, and when the end of day visits. */
class GuaranteeEndTest {

    private static final LocalDate SECOND_FEE_OVERDUE = LocalDate.of(2027, 3, 2);

    private static Given fullyPaid() {
        Given given = issued();
        given.when(new RecordFeePayment(GUARANTEE, ASSESSOR, cny("3024.66"), "FEE-2"), ISSUED_ON);
        return given;
    }

    @Test
    void the_agreement_completing_releases_an_issued_guarantee() {
        Given given = issued();
        LocalDate on = LocalDate.of(2027, 1, 5);

        assertThat(given.when(new NoteCompletion(GUARANTEE, on), on)).containsExactly(new GuaranteeReleased(GUARANTEE, on));
        assertThat(given.state().status()).isEqualTo(GuaranteeStatus.RELEASED);
        assertThat(FinancingGuarantee.exposure(given.state())).isEqualTo(cny("0.00"));
        assertThat(FinancingGuarantee.nextAttention(given.state())).isEmpty();
    }

    @Test
    void the_term_ending_expires_an_issued_guarantee_once() {
        Given given = fullyPaid();

        assertThat(given.when(new ObserveBusinessDate(GUARANTEE, TERM_END.minusDays(1)), TERM_END.minusDays(1))).isEmpty();
        assertThat(given.when(new ObserveBusinessDate(GUARANTEE, TERM_END), TERM_END))
                .containsExactly(new GuaranteeExpired(GUARANTEE, TERM_END));
        assertThat(given.state().status()).isEqualTo(GuaranteeStatus.EXPIRED);
        assertThat(given.when(new ObserveBusinessDate(GUARANTEE, TERM_END), TERM_END)).isEmpty();
    }

    @Test
    void a_guarantee_with_a_call_open_does_not_expire() {
        Given given = called();
        given.when(new RecordFeePayment(GUARANTEE, ASSESSOR, cny("3024.66"), "FEE-2"), CALLED_ON);

        assertThat(given.when(new ObserveBusinessDate(GUARANTEE, TERM_END), TERM_END)).isEmpty();
        assertThat(given.state().status()).isEqualTo(GuaranteeStatus.CALLED);
    }

    @Test
    void the_end_of_day_visits_on_the_fee_dates_and_the_terms_end() {
        assertThat(FinancingGuarantee.nextAttention(requested().state())).isEmpty();
        assertThat(FinancingGuarantee.nextAttention(approved().state())).contains(FIRST_FEE_DUE.plusDays(1));
        assertThat(FinancingGuarantee.nextAttention(issued().state())).contains(SECOND_FEE_OVERDUE);
        assertThat(FinancingGuarantee.nextAttention(fullyPaid().state())).contains(TERM_END);
        assertThat(FinancingGuarantee.nextAttention(honoured().state())).isEmpty();
        assertThat(FinancingGuarantee.observe(GUARANTEE, TERM_END)).isEqualTo(new ObserveBusinessDate(GUARANTEE, TERM_END));
    }

    @Test
    void observing_any_day_records_something_only_from_the_next_attention_date() {
        for (Given given : new Given[]{approved(), issued(), fullyPaid(), called()}) {
            for (LocalDate day = APPROVED_ON; day.isBefore(TERM_END.plusDays(2)); day = day.plusDays(1)) {
                Optional<LocalDate> next = FinancingGuarantee.nextAttention(given.state());
                var decision = (Decision.Accepted<GuaranteeEvent>) FinancingGuarantee.decide(
                        new ObserveBusinessDate(GUARANTEE, day), given.state(), day);
                boolean due = next.isPresent() && !day.isBefore(next.get());
                assertThat(decision.events().isEmpty()).as("%s on %s, next %s", given.state().status(), day, next).isEqualTo(!due);
                decision.events().forEach(e -> given.events.add(e));
            }
        }
    }
}
