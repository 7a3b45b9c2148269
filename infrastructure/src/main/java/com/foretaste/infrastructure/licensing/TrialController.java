package com.foretaste.infrastructure.licensing;

import com.foretaste.infrastructure.web.RequestFields;
import com.foretaste.domain.licensing.agreement.AgreementCommand;
import com.foretaste.domain.shared.AgreementId;
import com.foretaste.domain.shared.OrganisationId;
import com.foretaste.infrastructure.security.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

import static com.foretaste.infrastructure.web.RequestFields.required;

/** The trial and the decision after it: extension, findings, purchase, walking away. */
@RestController
@RequestMapping("/api/agreements/{id}")
class TrialController {

    private final AgreementCommands commands;

    TrialController(AgreementCommands commands) {
        this.commands = commands;
    }

    /** The licensor records its consent to the licensee's request for a longer trial. */
    @PostMapping("/trial-extensions")
    AgreementView extend(@PathVariable UUID id, @RequestBody LicensingRequests.TrialExtension body,
                         HttpServletRequest request) {
        required(body, "body");
        return commands.execute(new AgreementCommand.ExtendTrial(new AgreementId(id), actor(),
                required(body.additionalMonths(), "additionalMonths"), body.licenseeRequest()), request);
    }

    @PostMapping("/trial-findings")
    AgreementView findings(@PathVariable UUID id, @RequestBody LicensingRequests.TrialFindings body,
                           HttpServletRequest request) {
        required(body, "body");
        return commands.execute(new AgreementCommand.ReportTrialFindings(new AgreementId(id), actor(), body.summary(),
                RequestFields.noNullElements(body.measuredResults(), "measuredResults")), request);
    }

    @PostMapping("/purchase")
    AgreementView purchase(@PathVariable UUID id, HttpServletRequest request) {
        return commands.execute(new AgreementCommand.PurchaseLicence(new AgreementId(id), actor()), request);
    }

    @PostMapping("/walk-away")
    AgreementView walkAway(@PathVariable UUID id, @RequestBody(required = false) LicensingRequests.WalkAway body,
                           HttpServletRequest request) {
        return commands.execute(new AgreementCommand.WalkAway(new AgreementId(id), actor(),
                body == null ? null : body.reason()), request);
    }

    private static OrganisationId actor() {
        return CurrentUser.require().organisation();
    }
}
