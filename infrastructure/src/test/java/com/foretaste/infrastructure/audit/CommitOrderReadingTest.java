package com.foretaste.infrastructure.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.foretaste.domain.licensing.agreement.AgreementCommand;
import com.foretaste.domain.shared.AgreementId;
import com.foretaste.domain.shared.OrganisationId;
import com.foretaste.infrastructure.axon.MetadataKeys;
import com.foretaste.infrastructure.licensing.ExecuteAgreementCommand;
import com.foretaste.infrastructure.support.Api;
import com.foretaste.infrastructure.support.PostgresSchema;
import com.foretaste.infrastructure.support.Proposals;
import com.foretaste.infrastructure.support.ServiceNodes;
import com.foretaste.infrastructure.support.TestClockConfiguration;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.modelling.command.ConcurrencyException;
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
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import static com.foretaste.infrastructure.support.TestUsers.QINLING_ORG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * No reader passes a position that may still be committed (docs/adr/0013): an append held open past
 * Axon's gap timeout reaches every read model when it commits (Axon issue #4829, which the stock engine
 * shows here by skipping it for good), and appends that rolled back leave no gap in the saved tokens.
 */
class CommitOrderReadingTest {

    /** Axon's JDBC default: a visible event older than this leaves no gap below it. */
    private static final Duration AXON_GAP_TIMEOUT = Duration.ofSeconds(60);
    /** Axon's pooled processors: a segment that handles none of the events it reads saves its token this often. */
    private static final Duration CLAIM_EXTENSION = Duration.ofSeconds(5);
    private static final ObjectMapper JSON = new ObjectMapper();

    private static ConfigurableApplicationContext node;

    @BeforeAll
    static void start() {
        node = ServiceNodes.inProcess(PostgresSchema.create());
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    @Test
    void an_append_held_open_past_the_gap_timeout_reaches_every_read_model_when_it_commits() {
        LateCommit late = lateCommitPastTheGapTimeout(node);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(summaryStatus(node, late.agreement())).isEqualTo("TRIAL"));
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> assertThat(
                savedAfterAnotherEvent(node)).as("every processor and segment has read past the late position").isNotEmpty()
                .allSatisfy(position -> assertThat(position.passed(late.index())).as(position.toString()).isTrue()));
    }

    /** The same scenario on Axon's JdbcEventStorageEngine with its default settings (ours until issue 13). */
    @Test
    void axons_stock_engine_skips_an_append_held_open_past_its_gap_timeout() {
        try (ConfigurableApplicationContext stock = ServiceNodes.inProcess(PostgresSchema.create(), StockAxonEventStore.class)) {
            assertThat(stock.getBean(EventStorageEngine.class)).isNotInstanceOf(CommitAwareEventStorageEngine.class);
            LateCommit late = lateCommitPastTheGapTimeout(stock);

            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1))
                    .untilAsserted(() -> assertThat(savedAfterAnotherEvent(stock)).isNotEmpty()
                    .allSatisfy(position -> assertThat(position.passed(late.index())).as(position.toString()).isTrue()));
            assertThat(summaryStatus(stock, late.agreement()))
                    .as("every token is past the late event with no gap for it: it is lost for good").isEqualTo("PROPOSED");
        }
    }

    @Test
    void appends_that_rolled_back_leave_no_gap_in_the_saved_tokens_once_their_transactions_ended() {
        Api university = ServiceNodes.api(node, "university");
        String agreement = propose(university);
        assertThat(ServiceNodes.api(node, "qinling").post("/api/agreements/" + agreement + "/acceptance", null).status())
                .isEqualTo(200);
        EventStore events = node.getBean(EventStore.class);
        Object accepted = events.readEvents(agreement, 1L).next().getPayload();
        for (int conflict = 0; conflict < 17; conflict++) {
            assertThatThrownBy(() -> events.publish(new GenericDomainEventMessage<>("AgreementAggregate", agreement, 1L,
                    accepted))).as("a second writer of event 1").isInstanceOf(ConcurrencyException.class);
        }
        TransactionTemplate transaction = new TransactionTemplate(node.getBean(PlatformTransactionManager.class));
        for (int rollback = 0; rollback < 3; rollback++) {
            String other = propose(university);
            transaction.executeWithoutResult(status -> {
                accept(node.getBean(CommandGateway.class), other);
                status.setRollbackOnly();
            });
        }
        JdbcTemplate jdbc = node.getBean(JdbcTemplate.class);
        long lastRolledBack = jdbc.queryForObject("SELECT last_value FROM domain_event_entry_global_index_seq", Long.class);
        assertThat(lastRolledBack - jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class))
                .as("positions taken by appends that rolled back").isGreaterThanOrEqualTo(20);

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            assertThat(savedAfterAnotherEvent(node)).isNotEmpty().allSatisfy(position -> {
                assertThat(position.index()).as(position.toString()).isGreaterThan(lastRolledBack);
                assertThat(position.gaps()).as(position.toString()).isEmpty();
            });
        });
    }

    private record LateCommit(String agreement, long index) {
    }

    /**
     * Two acceptances held open past Axon's gap timeout, the later position committing first; then the
     * earlier one commits, and a later event is appended after it.
     */
    private static LateCommit lateCommitPastTheGapTimeout(ConfigurableApplicationContext on) {
        Api university = ServiceNodes.api(on, "university");
        String held = propose(university);
        String later = propose(university);
        CommandGateway gateway = on.getBean(CommandGateway.class);
        // the test clock, which Axon stamps events and measures the gap timeout with, moves on and stays
        // there: a clock set back would hold the pooled processors' token saves back as long
        try (HeldAppend first = HeldAppend.of(on, () -> accept(gateway, held), held);
             HeldAppend second = HeldAppend.of(on, () -> accept(gateway, later), later)) {
            assertThat(second.index()).isGreaterThan(first.index());
            TestClockConfiguration.CLOCK.advance(AXON_GAP_TIMEOUT.plusSeconds(1));

            second.commit();
            await().atMost(Duration.ofSeconds(20)).until(() -> "TRIAL".equals(summaryStatus(on, later)));
            first.commit();
            String after = propose(university);
            await().atMost(Duration.ofSeconds(20)).until(() -> summaryStatus(on, after) != null);
            return new LateCommit(held, first.index());
        }
    }

    private static String propose(Api university) {
        Api.Response proposed = university.post("/api/agreements", Proposals.shaanxiStyle(QINLING_ORG));
        assertThat(proposed.status()).as(proposed.text()).isEqualTo(201);
        return proposed.json().get("id").asText();
    }

    /** The licensee accepts the trial, in the caller's transaction if there is one, with the metadata the API sets. */
    static void accept(CommandGateway gateway, String agreement) {
        String commandId = UUID.randomUUID().toString();
        AgreementCommand command = new AgreementCommand.AcceptTrial(new AgreementId(UUID.fromString(agreement)),
                new OrganisationId(UUID.fromString(QINLING_ORG)));
        Map<String, Object> metadata = Map.of(MetadataKeys.COMMAND_ID, commandId, MetadataKeys.PRINCIPAL, "qinling",
                MetadataKeys.ORGANISATION, QINLING_ORG, MetadataKeys.ROLE, "LICENSEE");
        gateway.sendAndWait(new GenericCommandMessage<>(new GenericMessage<>(commandId, ExecuteAgreementCommand.of(command),
                metadata), ExecuteAgreementCommand.class.getName()));
    }

    private static String summaryStatus(ConfigurableApplicationContext on, String agreement) {
        List<String> status = on.getBean(JdbcTemplate.class).queryForList(
                "SELECT status FROM agreement_summary WHERE agreement_id = ?", String.class, UUID.fromString(agreement));
        return status.isEmpty() ? null : status.get(0);
    }

    /** Where a segment of a streaming processor stands, as its token in token_entry says. */
    private record Position(String processor, int segment, long index, Set<Long> gaps) {

        boolean passed(long position) {
            return index >= position && !gaps.contains(position);
        }
    }

    /**
     * The saved tokens, after one more event: tokens are saved with the events that follow, and a pooled
     * segment that handles none of them saves its token only once Axon's clock (the test clock, which does
     * not tick) has passed the claim extension time since its last save.
     */
    private static List<Position> savedAfterAnotherEvent(ConfigurableApplicationContext on) {
        TestClockConfiguration.CLOCK.advance(CLAIM_EXTENSION.plusSeconds(1));
        propose(ServiceNodes.api(on, "university"));
        return positions(on);
    }

    private static List<Position> positions(ConfigurableApplicationContext on) {
        return on.getBean(JdbcTemplate.class).query("SELECT processor_name, segment, token, token_type FROM token_entry",
                (rs, i) -> {
                    JsonNode token = json(rs.getBytes(3));
                    if (rs.getString(4).endsWith("ReplayToken")) {
                        token = token.get("currentToken");
                    }
                    Set<Long> gaps = new TreeSet<>();
                    token.get("gaps").forEach(gap -> gaps.add(gap.asLong()));
                    return new Position(rs.getString(1), rs.getInt(2), token.get("index").asLong(), gaps);
                });
    }

    private static JsonNode json(byte[] token) {
        try {
            return JSON.readTree(token);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
            return JdbcEventStorageEngine.builder()
                    .snapshotSerializer(defaultSerializer)
                    .upcasterChain(configuration.upcasterChain())
                    .persistenceExceptionResolver(persistenceExceptionResolver)
                    .eventSerializer(eventSerializer)
                    .snapshotFilter(configuration.snapshotFilter())
                    .connectionProvider(connectionProvider)
                    .transactionManager(transactionManager)
                    .schema(eventSchema)
                    .appendEvents(new ChainedAppendEvents())
                    .build();
        }
    }
}
