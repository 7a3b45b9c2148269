package com.foretaste.infrastructure.chaos;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chaos harness (docs/operations.md, "Chaos harness"): the service as two separate processes on one
 * PostgreSQL schema, concurrent clients sending licence commands with Idempotency-Keys, and nodes killed
 * with SIGKILL at random moments and started again. In the normal build it runs a short form (three kills);
 * {@code -Dforetaste.chaos.kills=100} runs the long form ({@code -Dforetaste.chaos.minutes} bounds the time spent
 * killing, on a machine too loaded for all of them). The report goes to target/chaos/report.txt.
 */
class ChaosHarnessTest {

    @Test
    void after_kill_9_every_acknowledged_command_is_recorded_once_and_retries_get_the_first_answer() throws Exception {
        ChaosRun.Settings settings = new ChaosRun.Settings(Integer.getInteger("foretaste.chaos.kills", 3),
                Integer.getInteger("foretaste.chaos.clients", 4),
                Long.getLong("foretaste.chaos.seed", new SecureRandom().nextLong()),
                Integer.getInteger("foretaste.chaos.minutes", 0));

        ChaosReport report = new ChaosRun(settings).run();

        Files.writeString(Path.of("target/chaos/report.txt"), report.text() + "\n");
        System.out.println(report.text());
        if (settings.minutes() <= 0) {
            assertThat(report.kills()).as("kills").isEqualTo(settings.kills());
        }
        assertThat(report.kills()).as("kills").isPositive();
        assertThat(report.acknowledged()).as("commands acknowledged").isPositive();
        assertThat(report.lost()).as("acknowledged commands not in the store\n" + report.text()).isZero();
        assertThat(report.doubled()).as("commands recorded more than once\n" + report.text()).isZero();
        assertThat(report.wrongAnswers()).as("wrong answers\n" + report.text()).isEmpty();
        assertThat(report.readModelsEqual()).as("read models equal their rebuild\n" + report.text()).isTrue();
        assertThat(report.chainVerified()).as("the hash chain verifies\n" + report.text()).isTrue();
    }
}
