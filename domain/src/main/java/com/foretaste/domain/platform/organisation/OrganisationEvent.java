package com.foretaste.domain.platform.organisation;

import com.foretaste.domain.shared.OrganisationId;
import com.foretaste.domain.shared.Role;

/**
 * Facts of an organisation's register. No credential is ever part of one: events are exported to
 * auditors, and passwords are kept hashed beside the event store, never in it.
 */
public sealed interface OrganisationEvent {

    OrganisationId organisationId();

    record OrganisationRegistered(OrganisationId organisationId, String name, Role role, String industryCode)
            implements OrganisationEvent {
    }

    record UserRegistered(OrganisationId organisationId, String username, String personName, Role role)
            implements OrganisationEvent {
    }

    record UserDisabled(OrganisationId organisationId, String username, String reason) implements OrganisationEvent {
    }

    record AuditorAssigned(OrganisationId organisationId, OrganisationId auditor) implements OrganisationEvent {
    }

    record AuditorUnassigned(OrganisationId organisationId, OrganisationId auditor) implements OrganisationEvent {
    }
}
