package com.foretaste.infrastructure.licensing;

import com.foretaste.application.licensing.AgreementSummary;
import com.foretaste.application.organisation.OrganisationDirectory;
import com.foretaste.domain.licensing.agreement.AgreementStatus;
import com.foretaste.domain.shared.Money;
import com.foretaste.infrastructure.licensing.AgreementView.Party;
import com.foretaste.infrastructure.licensing.AgreementView.TrialView;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/**
 * One row of the agreements list, named as the agreement itself is ({@link AgreementView}): {@code id},
 * {@code state}, parties with their names, {@code trial} (without the decision window) and {@code version},
 * the sequence number of the last event the read model folded in.
 */
@Schema(name = "AgreementSummary")
record AgreementSummaryView(@Schema(requiredMode = REQUIRED, format = "uuid") String id,
                            @Schema(requiredMode = REQUIRED) AgreementStatus state,
                            @Schema(requiredMode = REQUIRED) Party licensor,
                            @Schema(requiredMode = REQUIRED) Party licensee,
                            @Schema(requiredMode = REQUIRED) List<String> patents,
                            @Schema(requiredMode = REQUIRED) Money licenceFee,
                            @Schema(requiredMode = REQUIRED) LocalDate proposedOn,
                            TrialView trial, long version) {

    static AgreementSummaryView of(AgreementSummary s, OrganisationDirectory directory) {
        return new AgreementSummaryView(s.agreementId().toString(), s.status(), Party.of(s.licensor(), directory),
                Party.of(s.licensee(), directory), s.patents(), s.licenceFee(), s.proposedOn(),
                s.trialStartsOn() == null ? null : new TrialView(s.trialStartsOn(), s.trialEndsOn(), null),
                s.lastSequence());
    }
}
