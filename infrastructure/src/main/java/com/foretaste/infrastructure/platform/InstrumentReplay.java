package com.foretaste.infrastructure.platform;

import com.foretaste.application.platform.Instrument;

import java.util.List;

/** Folds stored event payloads into an instrument's state with its own evolve, whatever the instrument. */
public final class InstrumentReplay {

    private InstrumentReplay() {
    }

    public static Object replay(Instrument<?, ?> instrument, List<?> payloads) {
        return typed(instrument, payloads);
    }

    private static <S, E> S typed(Instrument<S, E> instrument, List<?> payloads) {
        S state = instrument.initial();
        for (Object payload : payloads) {
            state = instrument.evolve(state, instrument.eventType().cast(payload));
        }
        return state;
    }
}
