package com.foretaste.testinstrument;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Carries a pledge command to the pledge it targets; the one command type the shell handles. */
public record ExecutePledgeCommand(@TargetAggregateIdentifier String pledgeId, PledgeCommand command) {

    public static ExecutePledgeCommand of(PledgeCommand command) {
        return new ExecutePledgeCommand(command.pledgeId(), command);
    }
}
