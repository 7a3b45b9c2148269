package com.foretaste.domain.platform.organisation;

import com.foretaste.domain.shared.OrganisationId;
import com.foretaste.domain.shared.Role;

/** What the platform's operator may do to the register of one organisation. */
public sealed interface OrganisationCommand {

    OrganisationId organisationId();

    /** Registers a party with the platform; {@code industryCode} (GB/T 4754) may be null. */
    record RegisterOrganisation(OrganisationId organisationId, String name, Role role, String industryCode)
            implements OrganisationCommand {
    }

    /** Registers a person who signs in and acts for the organisation, in the organisation's role. */
    record RegisterUser(OrganisationId organisationId, String username, String personName, Role role)
            implements OrganisationCommand {
    }

    /** Stops a user from signing in; the user's past acts stay recorded under its name. */
    record DisableUser(OrganisationId organisationId, String username, String reason) implements OrganisationCommand {
    }

    /** Lets an audit firm read everything the organisation is a party to. */
    record AssignAuditor(OrganisationId organisationId, OrganisationId auditor) implements OrganisationCommand {
    }

    /** Ends an audit firm's assignment to the organisation. */
    record UnassignAuditor(OrganisationId organisationId, OrganisationId auditor) implements OrganisationCommand {
    }
}
