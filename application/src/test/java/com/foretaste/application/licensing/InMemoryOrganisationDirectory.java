package com.foretaste.application.licensing;

import com.foretaste.application.organisation.Organisation;
import com.foretaste.application.organisation.OrganisationDirectory;
import com.foretaste.domain.shared.OrganisationId;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The platform's register of organisations, as a fixed list. */
record InMemoryOrganisationDirectory(List<Organisation> organisations) implements OrganisationDirectory {

    static InMemoryOrganisationDirectory of(Organisation... organisations) {
        return new InMemoryOrganisationDirectory(List.of(organisations));
    }

    @Override
    public Optional<Organisation> find(OrganisationId id) {
        return organisations.stream().filter(o -> o.id().equals(id)).findFirst();
    }

    @Override
    public List<Organisation> all() {
        return organisations;
    }

    @Override
    public Set<OrganisationId> auditedBy(OrganisationId auditor) {
        return Set.of();
    }
}
