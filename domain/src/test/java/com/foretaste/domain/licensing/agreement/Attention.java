package com.foretaste.domain.licensing.agreement;

import com.foretaste.domain.licensing.agreement.AgreementCommand.ObserveBusinessDate;
import com.foretaste.domain.shared.Decision;

import java.time.LocalDate;
import java.util.List;

import static com.foretaste.domain.licensing.agreement.AgreementFixture.agreementId;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The next attention date of an agreement, checked against what observing dates records: nothing the
 * day before, the expected fact on the day itself.
 */
final class Attention {

    private final AgreementState state;
    private final DelinquencyAgeing ageing;

    private Attention(AgreementState state, DelinquencyAgeing ageing) {
        this.state = state;
        this.ageing = ageing;
    }

    static Attention of(AgreementState state) {
        return new Attention(state, DelinquencyAgeing.DEFAULT);
    }

    static Attention of(List<AgreementEvent> history) {
        return of(Agreement.replay(history));
    }

    static Attention of(AgreementLife life) {
        return of(life.state());
    }

    Attention withAgeing(DelinquencyAgeing other) {
        return new Attention(state, other);
    }

    /** Needs attention on {@code expected}: observing the day before records nothing, the day itself {@code first} first. */
    void isOn(LocalDate expected, Class<? extends AgreementEvent> first) {
        assertThat(Agreement.nextAttention(state, ageing)).as("next attention").contains(expected);
        assertThat(observing(expected.minusDays(1))).as("observing the day before").isEmpty();
        assertThat(observing(expected)).as("observing %s", expected).first().isInstanceOf(first);
    }

    /** Needs no attention ever: even a date ten years on records nothing. */
    void isNeverNeeded(LocalDate someDate) {
        assertThat(Agreement.nextAttention(state, ageing)).as("next attention").isEmpty();
        assertThat(observing(someDate.plusYears(10))).as("observing ten years on").isEmpty();
    }

    /** What observing {@code date} on that date records; nothing when there is no agreement to observe. */
    List<AgreementEvent> observing(LocalDate date) {
        Decision<AgreementEvent> decision = Agreement.decide(new ObserveBusinessDate(agreementId(), date, ageing), state, date);
        if (state instanceof AgreementState.None) {
            assertThat(decision).isInstanceOf(Decision.Rejected.class);
            return List.of();
        }
        assertThat(decision).as("observing %s", date).isInstanceOf(Decision.Accepted.class);
        return ((Decision.Accepted<AgreementEvent>) decision).events();
    }
}
