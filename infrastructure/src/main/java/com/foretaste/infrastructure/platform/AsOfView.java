package com.foretaste.infrastructure.platform;

import java.time.Instant;
import java.util.List;

/**
 * How the audit API shows an instrument as of a point of its history, for instruments whose API has
 * a richer view than the state's own JSON (agreements: {@code AgreementView}). Optional: an
 * instrument without one is shown in the generic form (type, id, version, state, events).
 */
public interface AsOfView {

    /** The instrument's type, as in {@code Instrument.type()}. */
    String type();

    /** The answer for the point asked ({@code at} or {@code version}, the other null). */
    Object asOf(Instant at, Long version, StreamHistory.Loaded loaded, List<EventView> events);
}
