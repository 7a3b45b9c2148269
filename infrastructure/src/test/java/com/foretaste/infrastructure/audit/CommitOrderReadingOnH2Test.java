package com.foretaste.infrastructure.audit;

import com.foretaste.infrastructure.ForetasteApplication;
import com.foretaste.infrastructure.audit.StoreReadingScenarios.LateCommit;
import com.foretaste.infrastructure.support.DemoApi;
import com.foretaste.infrastructure.support.TestClockConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static com.foretaste.infrastructure.audit.CommitOrderOutcomes.awaitLateEventsInEveryReadModel;
import static com.foretaste.infrastructure.audit.CommitOrderOutcomes.awaitSavedTokensPastWithNoGap;

/**
 * The embedded H2 default reads in commit order too, judging gaps by its sessions (docs/adr/0013): a held
 * append reaches the read model when it commits, and rolled-back appends leave no gap once all is quiet.
 */
class CommitOrderReadingOnH2Test {

    private static ConfigurableApplicationContext node;
    private static StoreReadingScenarios scenarios;

    @BeforeAll
    static void start() throws IOException {
        Path data = Files.createTempDirectory("foretaste-h2-");
        node = new SpringApplicationBuilder(ForetasteApplication.class, TestClockConfiguration.class)
                .run("--server.port=0", "--foretaste.data-directory=" + data);
        DemoApi demo = new DemoApi(node);
        scenarios = new StoreReadingScenarios(node, demo::as);
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    @Test
    void an_append_held_open_past_the_gap_timeout_reaches_every_read_model_when_it_commits() {
        LateCommit late = scenarios.lateCommitPastTheGapTimeout();

        awaitLateEventsInEveryReadModel(scenarios, late);
    }

    @Test
    void appends_that_rolled_back_leave_no_gap_in_the_saved_tokens_once_all_is_quiet() {
        long lastRolledBack = scenarios.rolledBackAppends();

        awaitSavedTokensPastWithNoGap(scenarios, lastRolledBack);
    }
}
