package com.foretaste.infrastructure.guarantee;

import com.foretaste.application.calendar.PlatformCalendar;
import com.foretaste.application.organisation.RiskRegister;
import com.foretaste.domain.platform.organisation.OrganisationCommand.RecordNetAssets;
import com.foretaste.domain.shared.Money;
import com.foretaste.domain.shared.OrganisationId;
import com.foretaste.infrastructure.axon.CommandRejectedException;
import com.foretaste.infrastructure.organisation.ConfigurationSeed;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;


/**
 * Seeds each configured guarantor's net assets ({@code foretaste.guarantees.guarantors}) onto its register when none
 * are recorded yet, as the system, through the operator's command: the figure is an event on the guarantor's
 * stream like any the operator records later, and audit shows it. A guarantor with net assets recorded is left
 * alone, so configuration changes nothing after the first start; the command id is derived from the guarantor, so
 * two nodes starting together record it once. It runs right after the directory's seed, before the web server.
 */
@Component
class NetAssetsSeed implements SmartLifecycle {

    /** Right after {@code DirectorySeed} ({@code Integer.MAX_VALUE - 2560}), before the web server's phase. */
    static final int PHASE = Integer.MAX_VALUE - 2559;
    private static final Logger LOG = LoggerFactory.getLogger(NetAssetsSeed.class);

    private final GuaranteeProperties properties;
    private final RiskRegister register;
    private final PlatformCalendar calendar;
    private final CommandGateway gateway;
    private final TransactionTemplate transaction;
    private volatile boolean running;

    NetAssetsSeed(GuaranteeProperties properties, RiskRegister register, PlatformCalendar calendar,
                  CommandGateway gateway, PlatformTransactionManager transactions) {
        this.properties = properties;
        this.register = register;
        this.calendar = calendar;
        this.gateway = gateway;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public void start() {
        transaction.executeWithoutResult(status -> properties.guarantors().stream()
                .filter(g -> g.organisation() != null && g.netAssets() != null)
                .filter(g -> register.netAssets(new OrganisationId(g.organisation())).isEmpty())
                .forEach(this::seed));
        running = true;
    }

    private void seed(GuaranteeProperties.Guarantor g) {
        RecordNetAssets command = new RecordNetAssets(new OrganisationId(g.organisation()), new Money(g.netAssets(),
                g.currency() == null ? Money.CNY : Money.currency(g.currency())),
                g.asOf() == null ? calendar.today() : g.asOf(), g.servesMainlySmallAndMicro());
        try {
            ConfigurationSeed.send(gateway, command, "net-assets:" + g.organisation());
        } catch (CommandRejectedException e) {
            throw new IllegalStateException("configuration cannot seed the net assets of guarantor " + g.organisation()
                    + ": " + e.rejection().message() + " (docs/domain/guarantees.md, \"Net assets\")", e);
        }
        LOG.info("Recorded the configured net assets of guarantor {}: {} as of {}", g.organisation(),
                command.netAssets(), command.asOf());
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
