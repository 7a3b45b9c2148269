package com.foretaste.infrastructure.licensing;

import com.foretaste.application.organisation.OrganisationDirectory;
import com.foretaste.domain.licensing.agreement.AgreementCommand;
import com.foretaste.domain.shared.AgreementId;
import com.foretaste.infrastructure.platform.CommandOutcome;
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

    /**
     * The agreement as the command left it: at the version the command reached, so that a repeat of a
     * command that took effect before (answered from its record) shows what the first answer showed.
     */
    AgreementView execute(AgreementCommand command, HttpServletRequest request) {
        CommandOutcome outcome = send(command, request);
        return AgreementView.of(history.loadUpTo(command.agreementId(), CurrentUser.require().asViewer(),
                e -> outcome.version() == null || e.getSequenceNumber() <= outcome.version()), directory);
    }

    CommandOutcome send(AgreementCommand command, HttpServletRequest request) {
        return sender.send(ExecuteAgreementCommand.of(command), request);
    }

    AgreementView view(AgreementId id) {
        return AgreementView.of(history.load(id, CurrentUser.require().asViewer()), directory);
    }
}
