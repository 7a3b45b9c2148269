package com.foretaste.infrastructure.organisation;

import com.foretaste.domain.platform.organisation.OrganisationCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Carries a command to the organisation register it targets; the one command type the shell handles. */
public record ExecuteOrganisationCommand(@TargetAggregateIdentifier String organisationId, OrganisationCommand command) {

    public static ExecuteOrganisationCommand of(OrganisationCommand command) {
        return new ExecuteOrganisationCommand(command.organisationId().toString(), command);
    }
}
