package com.foretaste.application.licensing;

import com.foretaste.application.access.Viewer;
import com.foretaste.domain.licensing.agreement.AgreementStatus;
import com.foretaste.domain.shared.AgreementId;
import com.foretaste.domain.shared.OrganisationId;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The agreement summary read model in a map, with the same visibility and order as the real one. */
final class InMemoryAgreementSummaries implements AgreementSummaries {

    private final Map<AgreementId, AgreementSummary> rows = new LinkedHashMap<>();
    private int saves;

    @Override
    public Optional<AgreementSummary> find(AgreementId id) {
        return Optional.ofNullable(rows.get(id));
    }

    @Override
    public void save(AgreementSummary summary) {
        rows.put(summary.agreementId(), summary);
        saves++;
    }

    @Override
    public List<AgreementSummary> visibleTo(Viewer viewer, AgreementStatus status, OrganisationId party, int offset,
                                            int limit) {
        return rows.values().stream()
                .filter(s -> viewer.sees(List.of(s.licensor(), s.licensee())))
                .filter(s -> status == null || s.status() == status)
                .filter(s -> party == null || s.licensor().equals(party) || s.licensee().equals(party))
                .sorted(Comparator.comparing(AgreementSummary::proposedOn).reversed())
                .skip(offset)
                .limit(limit)
                .toList();
    }

    int saves() {
        return saves;
    }
}
