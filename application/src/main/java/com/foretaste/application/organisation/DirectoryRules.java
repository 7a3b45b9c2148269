package com.foretaste.application.organisation;

import com.foretaste.domain.shared.OrganisationId;
import com.foretaste.domain.shared.Rejection;
import com.foretaste.domain.shared.Role;

import java.util.Optional;

/**
 * Rules of an organisation's register that need the whole platform's directory, which one
 * organisation's register does not know: a username is taken once on the platform (it is how a
 * person signs in), only a registered audit firm can be assigned as an auditor, and only a registered
 * organisation is registered as a related party.
 */
public final class DirectoryRules {

    private final OrganisationDirectory organisations;
    private final UserDirectory users;

    public DirectoryRules(OrganisationDirectory organisations, UserDirectory users) {
        this.organisations = organisations;
        this.users = users;
    }

    public Optional<Rejection> checkUsernameFree(String username) {
        return users.find(username).map(taken -> Rejection.notAllowedIn("REGISTERED", "username-unique",
                "the username '" + username + "' is taken on this platform"));
    }

    public Optional<Rejection> checkAuditor(OrganisationId auditor) {
        Optional<Organisation> found = organisations.find(auditor);
        if (found.isEmpty()) {
            return Optional.of(Rejection.invalid("auditor-registered", "auditor",
                    "organisation " + auditor + " is not registered on the platform"));
        }
        if (found.get().role() != Role.AUDITOR) {
            return Optional.of(Rejection.invalid("auditor-registered", "auditor", found.get().name()
                    + " is registered as " + found.get().role() + ", not as an audit firm"));
        }
        return Optional.empty();
    }

    public Optional<Rejection> checkRelatedParty(OrganisationId relatedParty) {
        if (relatedParty != null && organisations.find(relatedParty).isEmpty()) {
            return Optional.of(Rejection.invalid("related-party-registered", "relatedParty",
                    "organisation " + relatedParty + " is not registered on the platform"));
        }
        return Optional.empty();
    }
}
