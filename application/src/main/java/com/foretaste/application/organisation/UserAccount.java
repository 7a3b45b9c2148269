package com.foretaste.application.organisation;

import com.foretaste.domain.shared.OrganisationId;
import com.foretaste.domain.shared.Role;

/** A person registered to act for an organisation, in its role, while enabled. Credentials are kept elsewhere. */
public record UserAccount(String username, String personName, OrganisationId organisation, Role role, boolean enabled) {
}
