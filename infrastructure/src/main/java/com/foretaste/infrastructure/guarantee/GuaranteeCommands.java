package com.foretaste.infrastructure.guarantee;

import com.foretaste.application.organisation.OrganisationDirectory;
import com.foretaste.domain.guarantee.financing.Actor;
import com.foretaste.domain.guarantee.financing.GuaranteeCommand;
import com.foretaste.domain.guarantee.financing.GuaranteeId;
import com.foretaste.domain.guarantee.financing.GuaranteeState;
import com.foretaste.infrastructure.platform.CommandOutcome;
import com.foretaste.infrastructure.platform.StreamHistory;
import com.foretaste.infrastructure.security.CurrentUser;
import com.foretaste.infrastructure.security.ForetasteUser;
import com.foretaste.infrastructure.web.CommandSender;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;

/**
 * Sends a party's guarantee command for an API request and answers with the guarantee as the command left it:
 * from the state the shell answered with (read once), or, for a repeat answered from its first run, as of the
 * version that run reached. The acting person (the signed-in username) goes into the command's {@link Actor}, so
 * that maker-checker is by person.
 */
@Component
class GuaranteeCommands {

    private final CommandSender sender;
    private final StreamHistory history;
    private final OrganisationDirectory directory;

    GuaranteeCommands(CommandSender sender, StreamHistory history, OrganisationDirectory directory) {
        this.sender = sender;
        this.history = history;
        this.directory = directory;
    }

    static Actor actor() {
        ForetasteUser user = CurrentUser.require();
        return new Actor(user.organisation(), user.getUsername());
    }

    GuaranteeView execute(GuaranteeCommand command, HttpServletRequest request) {
        CommandOutcome outcome = sender.send(ExecuteGuaranteeCommand.of(command), request);
        return view(command.guaranteeId(), outcome);
    }

    GuaranteeView view(GuaranteeId id, CommandOutcome outcome) {
        if (outcome.state() != null) {
            return GuaranteeView.of(id.toString(), outcome.version(), (GuaranteeState) outcome.state(), directory);
        }
        StreamHistory.Loaded loaded = history.atVersion(GuaranteeInstrument.TYPE, id.toString(),
                CurrentUser.require().asViewer(), outcome.version());
        return GuaranteeView.of(id.toString(), loaded.version(), (GuaranteeState) loaded.state(), directory);
    }

    GuaranteeView current(GuaranteeId id) {
        history.visible(GuaranteeInstrument.TYPE, id.toString(), CurrentUser.require().asViewer());
        long version = history.visible(id.toString(), CurrentUser.require().asViewer()).version();
        return view(id, CommandOutcome.of(GuaranteeAggregate.AGGREGATE_TYPE, id.toString(), version, null, 0));
    }

    /** The guarantee's current state, for a caller that may see it (not found otherwise). */
    GuaranteeState state(GuaranteeId id) {
        history.visible(GuaranteeInstrument.TYPE, id.toString(), CurrentUser.require().asViewer());
        long version = history.visible(id.toString(), CurrentUser.require().asViewer()).version();
        return (GuaranteeState) history.atVersion(GuaranteeInstrument.TYPE, id.toString(), CurrentUser.require().asViewer(),
                version).state();
    }
}
