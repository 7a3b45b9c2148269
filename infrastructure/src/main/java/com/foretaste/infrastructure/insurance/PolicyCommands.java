package com.foretaste.infrastructure.insurance;

import com.foretaste.application.calendar.PlatformCalendar;
import com.foretaste.application.organisation.OrganisationDirectory;
import com.foretaste.domain.insurance.policy.Actor;
import com.foretaste.domain.insurance.policy.PolicyCommand;
import com.foretaste.domain.insurance.policy.PolicyId;
import com.foretaste.domain.insurance.policy.PolicyState;
import com.foretaste.infrastructure.platform.CommandOutcome;
import com.foretaste.infrastructure.platform.StreamHistory;
import com.foretaste.infrastructure.security.CurrentUser;
import com.foretaste.infrastructure.security.ForetasteUser;
import com.foretaste.infrastructure.web.CommandSender;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;

/**
 * Sends a party's policy command for an API request and answers with the policy as the command left it:
 * from the state the shell answered with (read once), or, for a repeat answered from its first run, as of
 * the version that run reached.
 */
@Component
class PolicyCommands {

    private final CommandSender sender;
    private final StreamHistory history;
    private final OrganisationDirectory directory;
    private final PlatformCalendar calendar;

    PolicyCommands(CommandSender sender, StreamHistory history, OrganisationDirectory directory, PlatformCalendar calendar) {
        this.sender = sender;
        this.history = history;
        this.directory = directory;
        this.calendar = calendar;
    }

    static Actor actor() {
        ForetasteUser user = CurrentUser.require();
        return new Actor(user.organisation(), user.getUsername());
    }

    PolicyView execute(PolicyCommand command, HttpServletRequest request) {
        CommandOutcome outcome = sender.send(ExecutePolicyCommand.of(command), request);
        return view(command.policyId(), outcome);
    }

    PolicyView view(PolicyId id, CommandOutcome outcome) {
        if (outcome.state() != null) {
            return PolicyView.of(id.toString(), outcome.version(), (PolicyState) outcome.state(), calendar.today(), directory);
        }
        StreamHistory.Loaded loaded = history.atVersion(PolicyInstrument.TYPE, id.toString(), CurrentUser.require().asViewer(),
                outcome.version());
        return PolicyView.of(id.toString(), loaded.version(), (PolicyState) loaded.state(), calendar.today(), directory);
    }

    PolicyView current(PolicyId id) {
        history.visible(PolicyInstrument.TYPE, id.toString(), CurrentUser.require().asViewer());
        long version = history.visible(id.toString(), CurrentUser.require().asViewer()).version();
        return view(id, CommandOutcome.of(PolicyAggregate.AGGREGATE_TYPE, id.toString(), version, null, 0));
    }
}
