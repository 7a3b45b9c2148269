package com.foretaste.application.organisation;

import com.foretaste.domain.shared.OrganisationId;
import com.foretaste.domain.shared.Role;

/** A party known to the platform, and the role its people act in. */
public record Organisation(OrganisationId id, String name, Role role) {
}
