package com.foretaste.domain.guarantee.financing;

import com.foretaste.domain.shared.OrganisationId;

import java.util.Objects;

/**
 * Who issues a party's command: the organisation and the person (username) acting for it. The person matters to
 * maker-checker: above the guarantee's threshold the one who honours a call cannot be the one who assessed it.
 */
public record Actor(OrganisationId organisation, String person) {

    public Actor {
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(person, "person");
    }
}
