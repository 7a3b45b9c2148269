package com.foretaste.infrastructure.licensing;

import com.foretaste.application.organisation.OrganisationDirectory;
import com.foretaste.domain.licensing.agreement.AgreementCommand;
import com.foretaste.domain.shared.AgreementId;
import com.foretaste.infrastructure.security.CurrentUser;
import com.foretaste.infrastructure.web.CommandSender;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;

/** Sends an agreement command for an API request and answers with the agreement as it now stands. */
@Component
class AgreementCommands {

    private final CommandSender sender;
    private final AgreementHistory history;
    private final OrganisationDirectory directory;

    AgreementCommands(CommandSender sender, AgreementHistory history, OrganisationDirectory directory) {
        this.sender = sender;
        this.history = history;
        this.directory = directory;
    }

    AgreementView execute(AgreementCommand command, HttpServletRequest request) {
        send(command, request);
        return view(command.agreementId());
    }

    void send(AgreementCommand command, HttpServletRequest request) {
        sender.send(ExecuteAgreementCommand.of(command), request);
    }

    AgreementView view(AgreementId id) {
        return AgreementView.of(history.load(id, CurrentUser.require().asViewer()), directory);
    }
}
