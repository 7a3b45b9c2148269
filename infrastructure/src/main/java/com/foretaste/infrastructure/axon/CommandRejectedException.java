package com.foretaste.infrastructure.axon;

import com.foretaste.domain.shared.Rejection;

/** A decider refused a command; thrown by the shell so the unit of work records nothing. */
public class CommandRejectedException extends RuntimeException {

    private final transient Rejection rejection;

    public CommandRejectedException(Rejection rejection) {
        super(rejection.message(), null, false, false);
        this.rejection = rejection;
    }

    public Rejection rejection() {
        return rejection;
    }
}
