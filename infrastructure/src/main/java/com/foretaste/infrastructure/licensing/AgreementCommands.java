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
     * The agreement as the command left it, as its shell holds it after the new events (the command's
     * acting organisation is a party, or the command would have been refused). A repeat of a command
     * that took effect before is answered from its record: the stream up to the version it reached, so
     * that it shows what the first answer showed.
     */
    AgreementView execute(AgreementCommand command, HttpServletRequest request) {
        CommandOutcome outcome = send(command, request);
        if (outcome.shown() instanceof AgreementAggregate.Shown shown) {
            return AgreementView.of(shown.state(), shown.findings(), outcome.version(), directory);
        }
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
