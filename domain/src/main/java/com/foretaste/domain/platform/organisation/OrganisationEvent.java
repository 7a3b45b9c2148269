package com.foretaste.domain.platform.organisation;

import com.foretaste.domain.shared.Money;
import com.foretaste.domain.shared.OrganisationId;
import com.foretaste.domain.shared.Role;

import java.time.LocalDate;

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

    record NetAssetsRecorded(OrganisationId organisationId, Money netAssets, LocalDate asOf,
                             boolean servesMainlySmallAndMicro) implements OrganisationEvent {
    }

    record RelatedPartyRegistered(OrganisationId organisationId, OrganisationId relatedParty, String relation)
            implements OrganisationEvent {
    }
}
