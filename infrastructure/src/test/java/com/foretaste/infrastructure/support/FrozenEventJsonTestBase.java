package com.foretaste.infrastructure.support;

import com.foretaste.domain.shared.Money;
import com.foretaste.domain.shared.OrganisationId;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Events are forever: every event of a sealed family is written as its frozen JSON and the frozen JSON reads back
 * into an equal event ({@link FrozenEventJson}). A subclass names the family and lists a sample of each event.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class FrozenEventJsonTestBase {

    private final Class<?> family;
    private final FrozenEventJson events;

    protected FrozenEventJsonTestBase(Class<?> family, FrozenEventJson events) {
        this.family = family;
        this.events = events;
    }

    Stream<Class<?>> eventTypes() {
        return FrozenEventJson.eventTypes(family);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventTypes")
    void an_event_is_written_as_its_frozen_json(Class<?> type) throws IOException {
        assertThat(events.written(type)).isEqualTo(events.frozen(type));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventTypes")
    void a_frozen_json_reads_back_into_an_equal_event(Class<?> type) throws IOException {
        assertThat(events.readBack(type)).isEqualTo(events.sample(type));
    }

    /** The {@code n}-th sample organisation; the same ids in every family's frozen JSON. */
    protected static OrganisationId org(int n) {
        return OrganisationId.parse("6f1c2a4e-000" + n + "-4000-8000-00000000000" + n);
    }

    protected static Money cny(String amount) {
        return Money.of(amount, "CNY");
    }
}
