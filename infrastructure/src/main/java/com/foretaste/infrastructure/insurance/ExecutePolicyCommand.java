package com.foretaste.infrastructure.insurance;

import com.foretaste.domain.insurance.policy.PolicyCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Carries a command to the policy it targets; the one command type the shell handles. */
public record ExecutePolicyCommand(@TargetAggregateIdentifier String policyId, PolicyCommand command) {

    public static ExecutePolicyCommand of(PolicyCommand command) {
        return new ExecutePolicyCommand(command.policyId().toString(), command);
    }
}
