package com.foretaste.application.calendar;

import java.time.LocalDate;
import java.util.Optional;

/** Where the platform keeps its business date. */
public interface BusinessDateStore {

    Optional<LocalDate> current();

    /** Sets the first business date unless one is set already; returns the date in force. */
    LocalDate initialiseIfAbsent(LocalDate date);
}
