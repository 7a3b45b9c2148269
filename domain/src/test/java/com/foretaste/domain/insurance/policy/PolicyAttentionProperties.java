package com.foretaste.domain.insurance.policy;

import com.foretaste.domain.insurance.policy.PolicyCommand.ObserveBusinessDate;
import com.foretaste.domain.shared.Decision;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import static com.foretaste.domain.insurance.policy.PolicyFixture.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The end of day's contract (ADR 6) for policies: observing any date before the next attention records
 * nothing (any date at all when there is none), and observing the next attention records something.
 */
class PolicyAttentionProperties {

    private static final List<Supplier<Given>> STATES = List.of(PolicyFixture::quoted, PolicyFixture::active,
            () -> {
                Given g = active();
                g.when(defaulted(), DEFAULTED_ON);
                return g;
            }, PolicyFixture::claimable, PolicyFixture::filed, PolicyFixture::approved, PolicyFixture::paid,
            () -> {
                Given g = active();
                g.when(new ObserveBusinessDate(POLICY, END), END);
                return g;
            }, () -> {
                Given g = quoted();
                g.when(new ObserveBusinessDate(POLICY, DUE.plusDays(1)), DUE.plusDays(1));
                return g;
            });

    @Property(tries = 500)
    void observing_before_the_next_attention_records_nothing_and_observing_it_records_something(
            @ForAll @IntRange(min = 0, max = 8) int which, @ForAll @IntRange(min = 0, max = 900) int daysAfterQuote) {
        PolicyState state = STATES.get(which).get().state();
        Optional<LocalDate> next = Policy.nextAttention(state);
        LocalDate date = QUOTED_ON.plusDays(daysAfterQuote);
        if (next.isEmpty() || date.isBefore(next.get())) {
            assertThat(events(state, date)).isEmpty();
        }
        next.ifPresent(n -> assertThat(events(state, n)).isNotEmpty());
    }

    private static List<PolicyEvent> events(PolicyState state, LocalDate date) {
        Decision<PolicyEvent> decision = Policy.decide(new ObserveBusinessDate(POLICY, date), state, date);
        return ((Decision.Accepted<PolicyEvent>) decision).events();
    }
}
