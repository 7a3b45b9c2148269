package com.foretaste.infrastructure.organisation;

import com.foretaste.domain.shared.Role;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;
import java.util.UUID;

/** The organisations registered on the platform, from configuration (`foretaste.organisations`). */
@ConfigurationProperties("foretaste")
public record OrganisationProperties(List<Entry> organisations) {

    public OrganisationProperties {
        organisations = organisations == null ? List.of() : List.copyOf(organisations);
    }

    public record Entry(UUID id, String name, Role role) {
    }
}
