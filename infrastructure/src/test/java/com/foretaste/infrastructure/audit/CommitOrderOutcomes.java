package com.foretaste.infrastructure.audit;

import com.foretaste.infrastructure.audit.StoreReadingScenarios.LateCommit;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What reading in commit order promises whatever database the node runs on (docs/adr/0013), awaited on a node
 * after a {@link StoreReadingScenarios} scenario; the test of each database names the rule and calls these.
 */
final class CommitOrderOutcomes {

    private CommitOrderOutcomes() {
    }

    /** The held transaction's events are in every read model: agreement in trial, policy cancelled, guarantee declined. */
    static void awaitLateEventsInEveryReadModel(StoreReadingScenarios scenarios, LateCommit late) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(scenarios.summaryStatus(late.agreement())).isEqualTo("TRIAL");
            assertThat(scenarios.policyState(late.policy())).isEqualTo("CANCELLED");
            assertThat(scenarios.guaranteeState(late.guarantee())).isEqualTo("DECLINED");
        });
    }

    /** Every saved token is past the last position the rolled-back appends took, and holds no gap at all. */
    static void awaitSavedTokensPastWithNoGap(StoreReadingScenarios scenarios, long lastRolledBack) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                assertThat(scenarios.savedAfterAnotherEvent()).isNotEmpty().allSatisfy(position -> {
                    assertThat(position.index()).as(position.toString()).isGreaterThan(lastRolledBack);
                    assertThat(position.gaps()).as(position.toString()).isEmpty();
                }));
    }
}
