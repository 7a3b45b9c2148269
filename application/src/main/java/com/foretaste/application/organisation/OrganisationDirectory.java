package com.foretaste.application.organisation;

import com.foretaste.domain.shared.OrganisationId;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The organisations registered on the platform, as their registers' events left them: readable as
 * soon as the command that registered one returned.
 */
public interface OrganisationDirectory {

    Optional<Organisation> find(OrganisationId id);

    List<Organisation> all();

    /** The organisations an audit firm is assigned to now: its auditors see what these are party to. */
    Set<OrganisationId> auditedBy(OrganisationId auditor);
}
