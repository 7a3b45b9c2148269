package com.foretaste.infrastructure.guarantee;

import com.foretaste.domain.guarantee.financing.GuaranteeCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Carries a command to the financing guarantee it targets; the one command type the shell handles. */
public record ExecuteGuaranteeCommand(@TargetAggregateIdentifier String guaranteeId, GuaranteeCommand command) {

    public static ExecuteGuaranteeCommand of(GuaranteeCommand command) {
        return new ExecuteGuaranteeCommand(command.guaranteeId().toString(), command);
    }
}
