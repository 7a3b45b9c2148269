package com.foretaste.infrastructure.licensing;

import com.foretaste.infrastructure.web.RequestFields;
import com.foretaste.application.access.Viewer;
import com.foretaste.application.licensing.Portfolios;
import com.foretaste.application.organisation.OrganisationDirectory;
import com.foretaste.domain.shared.OrganisationId;
import com.foretaste.domain.shared.Role;
import com.foretaste.infrastructure.security.CurrentUser;
import com.foretaste.infrastructure.web.InvalidFieldException;
import com.foretaste.infrastructure.web.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * A licensor's portfolio: its own for a licensor; any licensor's for the operator; for an auditor,
 * the licensors it is assigned to audit.
 */
@RestController
class PortfolioController {

    private final Portfolios portfolios;
    private final OrganisationDirectory directory;

    PortfolioController(Portfolios portfolios, OrganisationDirectory directory) {
        this.portfolios = portfolios;
        this.directory = directory;
    }

    @GetMapping("/api/portfolio")
    PortfolioView portfolio(@RequestParam(required = false) String licensor) {
        Viewer viewer = CurrentUser.require().asViewer();
        OrganisationId whose = licensor != null ? RequestFields.field("licensor", () -> OrganisationId.parse(licensor))
                : viewer.role() == Role.LICENSOR ? viewer.organisation() : null;
        if (whose == null) {
            throw new InvalidFieldException("licensor", "required", "name the licensor whose portfolio to show");
        }
        boolean allowed = viewer.role() == Role.LICENSOR ? whose.equals(viewer.organisation()) : viewer.sees(List.of(whose));
        if (!allowed) {
            throw new NotFoundException("No portfolio of " + whose + " is visible to your organisation.");
        }
        return PortfolioView.of(portfolios.of(whose), directory);
    }
}
