package com.foretaste.application.licensing;

import com.foretaste.application.access.Viewer;
import com.foretaste.domain.licensing.agreement.AgreementStatus;
import com.foretaste.domain.shared.AgreementId;

import java.util.List;
import java.util.Optional;

/** The agreement summary read model. */
public interface AgreementSummaries {

    Optional<AgreementSummary> find(AgreementId id);

    void save(AgreementSummary summary);

    /** The summaries the viewer may see, newest proposal first; {@code status} null means all. */
    List<AgreementSummary> visibleTo(Viewer viewer, AgreementStatus status, int offset, int limit);
}
