package com.foretaste.application.platform;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Every instrument registered with the platform, in end-of-day order. */
public final class Instruments {

    private final List<Instrument<?, ?>> all;

    public Instruments(List<? extends Instrument<?, ?>> instruments) {
        this.all = instruments.stream().sorted(Comparator.comparingInt(Instrument::endOfDayOrder))
                .<Instrument<?, ?>>map(i -> i).toList();
        long types = all.stream().map(Instrument::type).distinct().count();
        long aggregates = all.stream().map(Instrument::aggregateType).distinct().count();
        if (types != all.size() || aggregates != all.size()) {
            throw new IllegalArgumentException("two instruments share a type or an aggregate type: " + all);
        }
    }

    public List<Instrument<?, ?>> all() {
        return all;
    }

    public Optional<Instrument<?, ?>> byType(String type) {
        return all.stream().filter(i -> i.type().equals(type)).findFirst();
    }

    public Optional<Instrument<?, ?>> byAggregateType(String aggregateType) {
        return all.stream().filter(i -> i.aggregateType().equals(aggregateType)).findFirst();
    }
}
