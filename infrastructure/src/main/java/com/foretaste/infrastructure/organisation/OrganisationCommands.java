package com.foretaste.infrastructure.organisation;

import com.foretaste.application.organisation.DirectoryRules;
import com.foretaste.application.organisation.OrganisationDirectory;
import com.foretaste.domain.platform.organisation.OrganisationCommand;
import com.foretaste.domain.platform.organisation.OrganisationState;
import com.foretaste.domain.shared.OrganisationId;
import com.foretaste.domain.shared.Rejection;
import com.foretaste.infrastructure.axon.CommandRejectedException;
import com.foretaste.infrastructure.platform.CommandOutcome;
import com.foretaste.infrastructure.platform.StreamHistory;
import com.foretaste.infrastructure.security.Credentials;
import com.foretaste.infrastructure.security.CurrentUser;
import com.foretaste.infrastructure.security.Passwords;
import com.foretaste.infrastructure.web.CommandSender;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Sends the operator's commands on organisation registers and answers with the register as the command
 * left it. A new user's password is hashed into {@code user_credential} in the command's transaction,
 * so the user signs in with the next request; the password is in no command and no event.
 */
@Component
class OrganisationCommands {

    private final CommandSender sender;
    private final StreamHistory history;
    private final OrganisationDirectory directory;
    private final DirectoryRules rules;
    private final Credentials credentials;

    OrganisationCommands(CommandSender sender, StreamHistory history, OrganisationDirectory directory,
                         DirectoryRules rules, Credentials credentials) {
        this.sender = sender;
        this.history = history;
        this.directory = directory;
        this.rules = rules;
        this.credentials = credentials;
    }

    OrganisationView execute(OrganisationCommand command, HttpServletRequest request) {
        if (command instanceof OrganisationCommand.AssignAuditor assign) {
            refuseIf(rules.checkAuditor(assign.auditor()));
        }
        if (command instanceof OrganisationCommand.RegisterRelatedParty related) {
            refuseIf(rules.checkRelatedParty(related.relatedParty()));
        }
        return view(command.organisationId(), sender.send(ExecuteOrganisationCommand.of(command), request));
    }

    OrganisationView registerUser(OrganisationCommand.RegisterUser command, Passwords.Secret password,
                                  HttpServletRequest request) {
        refuseIf(rules.checkUsernameFree(command.username()));
        CommandOutcome outcome = sender.send(ExecuteOrganisationCommand.of(command), request);
        if (!outcome.repeated()) {
            credentials.store(command.username(), password);
        }
        return view(command.organisationId(), outcome);
    }

    /** The register as it stands now, or as of the version a command reached (the same answer for a repeat). */
    OrganisationView view(OrganisationId id, CommandOutcome outcome) {
        Object state = outcome.state() != null ? outcome.state() : history.atVersion(OrganisationInstrument.TYPE,
                id.toString(), CurrentUser.require().asViewer(), outcome.version()).state();
        return OrganisationView.of((OrganisationState.Registered) state, outcome.version(), directory);
    }

    OrganisationView current(OrganisationId id) {
        long version = history.visible(id.toString(), CurrentUser.require().asViewer()).version();
        return view(id, CommandOutcome.of(OrganisationAggregate.AGGREGATE_TYPE, id.toString(), version, null, 0));
    }

    private static void refuseIf(Optional<Rejection> rejection) {
        rejection.ifPresent(r -> {
            throw new CommandRejectedException(r);
        });
    }
}
