package com.foretaste.application.calendar;

import java.time.LocalDate;
import java.util.Optional;

/** Where the platform keeps its business date, and the date an end-of-day run is closing to. */
public interface BusinessDateStore {

    Optional<LocalDate> current();

    /** Sets the first business date unless one is set already; returns the date in force. */
    LocalDate initialiseIfAbsent(LocalDate date);

    /** Moves the business date forward to {@code date}; never back. */
    void advanceTo(LocalDate date);

    Optional<LocalDate> closingTo();

    void setClosingTo(LocalDate target);

    void clearClosingTo();
}
