package com.foretaste.infrastructure.platform;

/**
 * What an instrument's shell answers to a command it handled: which stream, its version after the
 * command, the state it left and how many events the command recorded. A repeat of a command that
 * took effect before is answered from the record of its first run: same stream and version, no state.
 */
public record CommandOutcome(String aggregateType, String aggregateId, Long version, Object state, int recorded,
                             boolean repeated) {

    public static CommandOutcome of(String aggregateType, String aggregateId, Long version, Object state, int recorded) {
        return new CommandOutcome(aggregateType, aggregateId, version, state, recorded, false);
    }

    static CommandOutcome repeat(String aggregateType, String aggregateId, Long version) {
        return new CommandOutcome(aggregateType, aggregateId, version, null, 0, true);
    }
}
