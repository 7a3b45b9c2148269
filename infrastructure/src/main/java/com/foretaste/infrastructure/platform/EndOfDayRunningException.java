package com.foretaste.infrastructure.platform;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** An end-of-day run is going on: parties' commands, and another run, wait until it has finished. */
public class EndOfDayRunningException extends RuntimeException {

    private final transient UUID run;

    public EndOfDayRunningException(UUID run, LocalDate target) {
        super("An end-of-day run " + (run == null ? "" : run + " ") + "is in progress"
                + (target == null ? "" : " closing to " + target) + "; try again when it has finished.", null, false, false);
        this.run = run;
    }

    public Optional<UUID> run() {
        return Optional.ofNullable(run);
    }
}
