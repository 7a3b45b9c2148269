package com.foretaste.infrastructure.guarantee;

import com.foretaste.application.access.Viewer;
import com.foretaste.application.calendar.PlatformCalendar;
import com.foretaste.domain.shared.OrganisationId;
import com.foretaste.domain.shared.Role;
import com.foretaste.infrastructure.logging.DeniedAccess;
import com.foretaste.infrastructure.security.CurrentUser;
import com.foretaste.infrastructure.web.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.Set;
import java.util.UUID;

/**
 * The guarantee read models: the losses of an agreement (every party bearing a share of them sees them) and a
 * guarantor's exposure (that guarantor, its auditors and the operator; another guarantor never).
 */
@RestController
class GuaranteeQueryController {

    private final AgreementLosses losses;
    private final GuarantorExposure exposure;
    private final PlatformCalendar calendar;

    GuaranteeQueryController(AgreementLosses losses, GuarantorExposure exposure, PlatformCalendar calendar) {
        this.losses = losses;
        this.exposure = exposure;
        this.calendar = calendar;
    }

    @GetMapping("/api/agreements/{id}/losses")
    LossesView agreementLosses(@PathVariable UUID id) {
        return losses.of(id, CurrentUser.require().asViewer());
    }

    @GetMapping("/api/guarantors/{orgId}/exposure")
    ExposureView guarantorExposure(@PathVariable UUID orgId) {
        Viewer viewer = CurrentUser.require().asViewer();
        OrganisationId guarantor = new OrganisationId(orgId);
        boolean own = viewer.role() == Role.GUARANTOR && viewer.organisation().equals(guarantor);
        if (!own && !(viewer.role() != Role.GUARANTOR && viewer.sees(Set.of(guarantor)))) {
            DeniedAccess.log("404 not the guarantor", "guarantor exposure " + orgId,
                    "the viewer is not this guarantor nor sees it");
            throw new NotFoundException("No guarantor " + orgId + " is visible to your organisation.");
        }
        return exposure.of(orgId, calendar.today());
    }
}
