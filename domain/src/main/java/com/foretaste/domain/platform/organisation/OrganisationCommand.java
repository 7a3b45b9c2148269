package com.foretaste.domain.platform.organisation;

import com.foretaste.domain.shared.Money;
import com.foretaste.domain.shared.OrganisationId;
import com.foretaste.domain.shared.Role;

import java.time.LocalDate;

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

    /**
     * Records a guarantor's net assets as of a date (its audited accounts), and whether it serves mainly small and
     * micro firms: the regulatory limits of its guarantees are multiples of the latest figure.
     */
    record RecordNetAssets(OrganisationId organisationId, Money netAssets, LocalDate asOf,
                           boolean servesMainlySmallAndMicro) implements OrganisationCommand {
    }

    /**
     * Registers another organisation as a related party of this one (a parent, a subsidiary, one under common
     * control): a guarantor's liability to either counts towards the limit for the pair's group.
     */
    record RegisterRelatedParty(OrganisationId organisationId, OrganisationId relatedParty, String relation)
            implements OrganisationCommand {
    }
}
