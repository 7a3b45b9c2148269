package com.foretaste.domain.shared;

/** Why a command was refused, in the categories a caller acts on differently. */
public enum RejectionKind {
    /** The command itself breaks a rule: correct the input and try again. */
    INVALID,
    /** The aggregate does not exist. */
    NOT_FOUND,
    /** The acting organisation has no part in this aggregate that allows the command. */
    NOT_A_PARTY,
    /** The command is valid, but not in the aggregate's current state. */
    NOT_ALLOWED_IN_STATE
}
