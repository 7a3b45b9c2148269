package com.foretaste.application.organisation;

import com.foretaste.domain.shared.OrganisationId;

import java.util.List;
import java.util.Optional;

/** The organisations registered on the platform. */
public interface OrganisationDirectory {

    Optional<Organisation> find(OrganisationId id);

    List<Organisation> all();
}
