package com.foretaste.infrastructure.licensing;

import com.foretaste.domain.licensing.agreement.AgreementCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Carries a domain command to the agreement it targets; the one command type the shell handles. */
public record ExecuteAgreementCommand(@TargetAggregateIdentifier String agreementId, AgreementCommand command) {

    public static ExecuteAgreementCommand of(AgreementCommand command) {
        return new ExecuteAgreementCommand(command.agreementId().toString(), command);
    }
}
