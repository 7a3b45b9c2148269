package com.foretaste.application.access;

import com.foretaste.domain.shared.OrganisationId;
import com.foretaste.domain.shared.Role;

import java.util.Collection;
import java.util.Objects;
import java.util.Set;

/**
 * Who is looking, and so what they may see (domain.md, "Parties and roles"): a principal sees what
 * its organisation is a party to; an operator sees everything; an auditor sees what involves one of
 * the organisations it is assigned to audit.
 */
public record Viewer(String principal, OrganisationId organisation, Role role, Set<OrganisationId> auditedOrganisations) {

    public Viewer {
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(role, "role");
        auditedOrganisations = Set.copyOf(auditedOrganisations);
    }

    public boolean sees(Collection<OrganisationId> parties) {
        return switch (role) {
            case OPERATOR -> true;
            case AUDITOR -> parties.stream().anyMatch(auditedOrganisations::contains);
            default -> parties.contains(organisation);
        };
    }

    public boolean seesEverything() {
        return role == Role.OPERATOR;
    }
}
