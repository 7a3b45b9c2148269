package com.foretaste.infrastructure.audit;

import com.foretaste.infrastructure.audit.StoreReadingScenarios.LateCommit;
import com.foretaste.infrastructure.support.PostgresSchema;
import com.foretaste.infrastructure.support.ServiceNodes;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.stream.LongStream;
import java.util.List;

import static com.foretaste.infrastructure.audit.CommitOrderOutcomes.awaitLateEventsInEveryReadModel;
import static com.foretaste.infrastructure.audit.CommitOrderOutcomes.awaitSavedTokensPastWithNoGap;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * On PostgreSQL no reader passes a position that may still be committed (docs/adr/0013): an append held
 * open past Axon's gap timeout reaches every read model when it commits (Axon issue #4829, which the stock
 * engine shows here by skipping it for good), and appends that rolled back leave no gap in the saved tokens.
 */
class CommitOrderReadingTest {

    private static ConfigurableApplicationContext node;
    private static StoreReadingScenarios scenarios;

    @BeforeAll
    static void start() {
        node = ServiceNodes.inProcess(PostgresSchema.create());
        scenarios = new StoreReadingScenarios(node, user -> ServiceNodes.api(node, user));
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    @Test
    void an_append_held_open_past_the_gap_timeout_reaches_every_read_model_when_it_commits() {
        LateCommit late = scenarios.lateCommitPastTheGapTimeout();

        awaitLateEventsInEveryReadModel(scenarios, late);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                assertThat(scenarios.savedAfterAnotherEvent()).as("every processor and segment read past the late position")
                        .isNotEmpty().allSatisfy(position -> assertThat(position.passed(late.index())).as(position.toString())
                                .isTrue()));
    }

    /** The same scenario on Axon's JdbcEventStorageEngine with its default settings (ours until issue 13). */
    @Test
    void axons_stock_engine_skips_an_append_held_open_past_its_gap_timeout() {
        try (ConfigurableApplicationContext stock = ServiceNodes.inProcess(PostgresSchema.create(), StockAxonEventStore.class)) {
            assertThat(stock.getBean(EventStorageEngine.class)).isNotInstanceOf(CommitAwareEventStorageEngine.class);
            StoreReadingScenarios onStock = new StoreReadingScenarios(stock, user -> ServiceNodes.api(stock, user));
            LateCommit late = onStock.lateCommitPastTheGapTimeout();

            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                    assertThat(onStock.savedAfterAnotherEvent()).isNotEmpty().allSatisfy(position ->
                            assertThat(position.passed(late.index())).as(position.toString()).isTrue()));
            // every saved token is past the late events with no gap for them: they are lost for good
            assertThat(onStock.summaryStatus(late.agreement())).isEqualTo("PROPOSED");
            assertThat(onStock.policyState(late.policy())).isEqualTo("QUOTED");
            assertThat(onStock.guaranteeState(late.guarantee())).isEqualTo("REQUESTED");
        }
    }

    @Test
    void appends_that_rolled_back_leave_no_gap_in_the_saved_tokens_once_their_transactions_ended() {
        long lastRolledBack = scenarios.rolledBackAppends();

        awaitSavedTokensPastWithNoGap(scenarios, lastRolledBack);
    }

    /** Gaps are no longer capped in number, so they are read back with one array parameter, not one parameter each. */
    @Test
    void a_token_with_more_gaps_than_a_statement_can_have_parameters_is_read() {
        scenarios.propose();
        JdbcTemplate jdbc = node.getBean(JdbcTemplate.class);
        long stored = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
        GapAwareTrackingToken token = GapAwareTrackingToken.newInstance(70_001,
                LongStream.rangeClosed(1, 70_000).boxed().toList());

        CommitAwareEventStorageEngine engine = (CommitAwareEventStorageEngine) node.getBean(EventStorageEngine.class);

        List<? extends TrackedEventData<?>> read = engine.fetchTrackedEvents(token, 100);
        assertThat(read).as("every stored event fills one of the gaps").hasSize((int) stored);
    }

    /** Axon's JDBC event store as our configuration built it before issue 13: stock reading, chained appends. */
    @Configuration(proxyBeanMethods = false)
    static class StockAxonEventStore {

        @Bean
        @Primary
        EventStorageEngine stockEventStorageEngine(Serializer defaultSerializer,
                                                   @Qualifier("eventSerializer") Serializer eventSerializer,
                                                   PersistenceExceptionResolver persistenceExceptionResolver,
                                                   org.axonframework.config.Configuration configuration,
                                                   ConnectionProvider connectionProvider,
                                                   TransactionManager transactionManager, EventSchema eventSchema) {
            return ChainedEventStoreConfiguration.chainedAppends(defaultSerializer, eventSerializer,
                            persistenceExceptionResolver, configuration, connectionProvider, eventSchema)
                    .transactionManager(transactionManager)
                    .build();
        }
    }
}
