package com.foretaste.infrastructure.organisation;

import com.foretaste.application.organisation.Organisation;
import com.foretaste.application.organisation.OrganisationDirectory;
import com.foretaste.domain.shared.OrganisationId;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

@Component
class ConfiguredOrganisationDirectory implements OrganisationDirectory {

    private final Map<OrganisationId, Organisation> byId;

    ConfiguredOrganisationDirectory(OrganisationProperties properties) {
        this.byId = properties.organisations().stream()
                .map(e -> new Organisation(new OrganisationId(e.id()), e.name(), e.role()))
                .collect(Collectors.toUnmodifiableMap(Organisation::id, Function.identity()));
    }

    @Override
    public Optional<Organisation> find(OrganisationId id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public List<Organisation> all() {
        return List.copyOf(byId.values());
    }
}
