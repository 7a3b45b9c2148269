package com.foretaste.application.organisation;

import com.foretaste.domain.platform.organisation.OrganisationState.NetAssets;
import com.foretaste.domain.shared.OrganisationId;

import java.util.Optional;
import java.util.Set;

/**
 * What the organisation registers record for the regulatory limits of guarantees, readable as soon as the command
 * that recorded it returned: a guarantor's latest net assets, and the related parties of an organisation.
 */
public interface RiskRegister {

    /** The net assets the guarantor recorded last; empty before any. */
    Optional<NetAssets> netAssets(OrganisationId guarantor);

    /**
     * The organisations related to this one, whichever of the two registered the relation (a relation between two
     * organisations is one relation): with the organisation itself, its group for the limit of 15% of net assets.
     */
    Set<OrganisationId> relatedParties(OrganisationId organisation);
}
