package com.foretaste.application.insurance;

import com.foretaste.application.organisation.Organisation;
import com.foretaste.application.organisation.OrganisationDirectory;
import com.foretaste.domain.shared.OrganisationId;
import com.foretaste.domain.shared.Rejection;
import com.foretaste.domain.shared.Role;

import java.util.Optional;

/**
 * A rule of a quote that needs the platform's register, which the policy does not know: the government
 * subsidy's share of a premium is paid through an organisation registered as the platform's OPERATOR.
 */
public final class SubsidyRules {

    private final OrganisationDirectory directory;

    public SubsidyRules(OrganisationDirectory directory) {
        this.directory = directory;
    }

    public Optional<Rejection> checkSubsidyPayer(OrganisationId payer) {
        Optional<Organisation> found = directory.find(payer);
        if (found.isEmpty() || found.get().role() != Role.OPERATOR) {
            return Optional.of(Rejection.invalid("subsidy-paid-by-operator", "subsidisedBy",
                    "the subsidy is paid through an organisation registered as the platform's operator"));
        }
        return Optional.empty();
    }
}
