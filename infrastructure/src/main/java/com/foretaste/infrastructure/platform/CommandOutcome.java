package com.foretaste.infrastructure.platform;

/**
 * What an instrument's shell answers to a command it handled: which stream, its version after the
 * command, the state it left, what the shell shows of the instrument beside its state (for the API's
 * answer, so that a write is answered without reading its stream again) and how many events the
 * command recorded. A repeat of a command that took effect before is answered from the record of its
 * first run: same stream and version, no state and nothing shown.
 */
public record CommandOutcome(String aggregateType, String aggregateId, Long version, Object state, Object shown,
                             int recorded, boolean repeated) {

    public static CommandOutcome of(String aggregateType, String aggregateId, Long version, Object state, int recorded) {
        return new CommandOutcome(aggregateType, aggregateId, version, state, state, recorded, false);
    }

    public static CommandOutcome of(String aggregateType, String aggregateId, Long version, Object state, Object shown,
                                    int recorded) {
        return new CommandOutcome(aggregateType, aggregateId, version, state, shown, recorded, false);
    }

    static CommandOutcome repeat(String aggregateType, String aggregateId, Long version) {
        return new CommandOutcome(aggregateType, aggregateId, version, null, null, 0, true);
    }
}
