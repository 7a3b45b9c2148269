package com.foretaste.infrastructure.endofday;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An end-of-day run as stored: what it closes, how far it got, who asked for it. */
record RunRecord(UUID id, LocalDate from, LocalDate target, String state, int datesDone, int datesTotal,
                 String requestedBy, String correlationId, Instant requestedAt, Instant finishedAt) {

    static final String RUNNING = "RUNNING";
    static final String COMPLETED = "COMPLETED";
    static final String COMPLETED_WITH_FAILURES = "COMPLETED_WITH_FAILURES";
    /** Given up after failing again and again; the business date stays at the last day it closed. */
    static final String FAILED = "FAILED";
}
