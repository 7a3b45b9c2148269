package com.foretaste.domain.shared;

import java.util.Objects;
import java.util.UUID;

/** Identity of a party: a university, a company, an agency, an insurer, the platform or an audit firm. */
public record OrganisationId(UUID value) {

    public OrganisationId {
        Objects.requireNonNull(value, "value");
    }

    public static OrganisationId parse(String text) {
        return new OrganisationId(Ids.uuid(text, "organisation"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
