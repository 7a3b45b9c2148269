package com.foretaste.infrastructure.organisation;

import com.foretaste.domain.shared.Role;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;
import java.util.UUID;

/**
 * Organisations that configuration seeds into an empty platform (`foretaste.organisations`), once,
 * through the same commands as the operator's API; afterwards the operator manages them through
 * {@code /api/organisations}. {@code industryCode} (GB/T 4754) is optional.
 */
@ConfigurationProperties("foretaste")
public record OrganisationProperties(List<Entry> organisations) {

    public OrganisationProperties {
        organisations = organisations == null ? List.of() : List.copyOf(organisations);
    }

    public record Entry(UUID id, String name, Role role, String industryCode) {
    }
}
