package com.foretaste.infrastructure.organisation;

import com.foretaste.application.organisation.DirectoryRules;
import com.foretaste.application.organisation.OrganisationDirectory;
import com.foretaste.application.organisation.UserDirectory;
import com.foretaste.domain.platform.organisation.OrganisationCommand;
import com.foretaste.domain.shared.OrganisationId;
import com.foretaste.infrastructure.axon.CommandRejectedException;
import com.foretaste.infrastructure.platform.CommandOutcome;
import com.foretaste.infrastructure.security.Credentials;
import com.foretaste.infrastructure.security.Passwords;
import com.foretaste.infrastructure.security.UserProperties;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.UUID;

/**
 * Seeds an empty platform from configuration (the embedded demo, a deployment's first operator, the
 * tests' users): the organisations, then the users, then the auditors' assignments, as the system,
 * through the same commands as the operator's API, all in one transaction. A platform that has any
 * organisation is left alone, and every entry already there is skipped, so a second start, or a second
 * node starting at the same moment (same command ids), registers nothing. It runs after Axon's event
 * processors have started and before the web server takes requests.
 */
@Component
class DirectorySeed implements SmartLifecycle {

    /** After Axon's lifecycle (its phase is {@code Integer.MAX_VALUE - 3072}), before the web server's ({@code - 2048}). */
    static final int PHASE = Integer.MAX_VALUE - 2560;
    private static final Logger LOG = LoggerFactory.getLogger(DirectorySeed.class);

    private final OrganisationProperties organisations;
    private final UserProperties users;
    private final OrganisationDirectory directory;
    private final UserDirectory userDirectory;
    private final DirectoryRules rules;
    private final Credentials credentials;
    private final CommandGateway gateway;
    private final TransactionTemplate transaction;
    private volatile boolean running;

    DirectorySeed(OrganisationProperties organisations, UserProperties users, OrganisationDirectory directory,
                  UserDirectory userDirectory, DirectoryRules rules, Credentials credentials, CommandGateway gateway,
                  PlatformTransactionManager transactions) {
        this.organisations = organisations;
        this.users = users;
        this.directory = directory;
        this.userDirectory = userDirectory;
        this.rules = rules;
        this.credentials = credentials;
        this.gateway = gateway;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public void start() {
        int registered = directory.all().size();
        if (registered > 0) {
            LOG.info("The directory holds {} organisations; configuration seeds only an empty platform", registered);
        } else {
            transaction.executeWithoutResult(status -> seed());
            LOG.info("Seeded the directory from configuration: {} organisations, {} users",
                    organisations.organisations().size(), users.users().size());
        }
        running = true;
    }

    private void seed() {
        for (OrganisationProperties.Entry o : organisations.organisations()) {
            OrganisationId id = new OrganisationId(required(o.id(), "an organisation", "no id"));
            if (directory.find(id).isEmpty()) {
                send(new OrganisationCommand.RegisterOrganisation(id, o.name(), o.role(), o.industryCode()),
                        "organisation:" + id, "organisation " + id);
            }
        }
        for (UserProperties.User u : users.users()) {
            seed(u, new OrganisationId(required(u.organisation(), "user '" + u.username() + "'", "names no organisation")));
        }
        for (UserProperties.User u : users.users()) {
            OrganisationId auditor = new OrganisationId(u.organisation());
            for (UUID audited : u.audits()) {
                if (!directory.auditedBy(auditor).contains(new OrganisationId(audited))) {
                    rules.checkAuditor(auditor).ifPresent(r -> {
                        throw refused("user '" + u.username() + "' audits", r.message());
                    });
                    send(new OrganisationCommand.AssignAuditor(new OrganisationId(audited), auditor),
                            "auditor:" + audited + ":" + auditor, "auditor " + auditor + " of " + audited);
                }
            }
        }
    }

    private void seed(UserProperties.User u, OrganisationId organisation) {
        String what = "user '" + u.username() + "'";
        if (userDirectory.find(u.username()).filter(known -> known.organisation().equals(organisation)).isPresent()) {
            return;
        }
        rules.checkUsernameFree(u.username()).ifPresent(r -> {
            throw refused(what, r.message());
        });
        Passwords.Secret password = new Passwords.Secret.Configured(required(u.password(), what, "has no password"));
        CommandOutcome outcome = send(new OrganisationCommand.RegisterUser(organisation, u.username(), u.personName(),
                u.role()), "user:" + u.username(), what);
        if (!outcome.repeated()) {
            credentials.store(u.username(), password);
        }
    }

    private CommandOutcome send(OrganisationCommand command, String seedId, String what) {
        try {
            return ConfigurationSeed.send(gateway, command, seedId);
        } catch (CommandRejectedException e) {
            throw refused(what, e.rejection().message());
        }
    }

    private static <T> T required(T value, String what, String problem) {
        if (value == null) {
            throw refused(what, problem);
        }
        return value;
    }

    private static IllegalStateException refused(String what, String problem) {
        return new IllegalStateException("configuration cannot seed the directory: " + what + ": " + problem
                + " (docs/operations.md, \"Organisations and users\")");
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}
