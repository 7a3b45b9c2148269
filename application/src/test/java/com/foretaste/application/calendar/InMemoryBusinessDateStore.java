package com.foretaste.application.calendar;

import java.time.LocalDate;
import java.util.Optional;

/** The platform's business date held in memory, set once like the real store. */
public final class InMemoryBusinessDateStore implements BusinessDateStore {

    private LocalDate date;
    private LocalDate closingTo;
    private int initialisations;

    public static InMemoryBusinessDateStore holding(LocalDate date) {
        InMemoryBusinessDateStore store = new InMemoryBusinessDateStore();
        store.date = date;
        return store;
    }

    @Override
    public Optional<LocalDate> current() {
        return Optional.ofNullable(date);
    }

    @Override
    public LocalDate initialiseIfAbsent(LocalDate first) {
        if (date == null) {
            date = first;
            initialisations++;
        }
        return date;
    }

    @Override
    public void advanceTo(LocalDate next) {
        if (next.isAfter(date)) {
            date = next;
        }
    }

    @Override
    public Optional<LocalDate> closingTo() {
        return Optional.ofNullable(closingTo);
    }

    @Override
    public void setClosingTo(LocalDate target) {
        closingTo = target;
    }

    @Override
    public void clearClosingTo() {
        closingTo = null;
    }

    /** Another instance of the platform sets the date between our read and our write. */
    void initialisedElsewhereAs(LocalDate other) {
        date = other;
    }

    int initialisations() {
        return initialisations;
    }
}
