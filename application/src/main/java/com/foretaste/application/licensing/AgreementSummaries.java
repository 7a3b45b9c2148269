package com.foretaste.application.licensing;

import com.foretaste.application.access.Viewer;
import com.foretaste.domain.licensing.agreement.AgreementStatus;
import com.foretaste.domain.shared.AgreementId;
import com.foretaste.domain.shared.OrganisationId;

import java.util.List;
import java.util.Optional;

/** The agreement summary read model. */
public interface AgreementSummaries {

    Optional<AgreementSummary> find(AgreementId id);

    void save(AgreementSummary summary);

    /**
     * The summaries the viewer may see, latest proposal date first; {@code status} and {@code party}
     * (an organisation that must be licensor or licensee) narrow them when not null.
     */
    List<AgreementSummary> visibleTo(Viewer viewer, AgreementStatus status, OrganisationId party, int offset, int limit);
}
