package com.foretaste.application.licensing;

import com.foretaste.application.organisation.Organisation;
import com.foretaste.application.organisation.OrganisationDirectory;
import com.foretaste.domain.shared.OrganisationId;
import com.foretaste.domain.shared.Rejection;
import com.foretaste.domain.shared.Role;

import java.util.Optional;

/**
 * Rules on the parties of a proposal that need the platform's register of organisations, which the
 * agreement itself does not know: the licensee must be a registered company acting as licensee.
 */
public final class PartyRules {

    private final OrganisationDirectory directory;

    public PartyRules(OrganisationDirectory directory) {
        this.directory = directory;
    }

    public Optional<Rejection> checkLicensee(OrganisationId licensee) {
        Optional<Organisation> found = directory.find(licensee);
        if (found.isEmpty()) {
            return Optional.of(Rejection.invalid("licensee-registered", "licensee",
                    "organisation " + licensee + " is not registered on the platform"));
        }
        if (found.get().role() != Role.LICENSEE) {
            return Optional.of(Rejection.invalid("licensee-registered", "licensee", found.get().name()
                    + " is registered as " + found.get().role() + ", not as a licensee"));
        }
        return Optional.empty();
    }
}
