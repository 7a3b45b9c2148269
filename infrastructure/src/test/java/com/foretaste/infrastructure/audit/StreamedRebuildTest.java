package com.foretaste.infrastructure.audit;

import com.foretaste.infrastructure.support.PostgresIntegrationTest;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The rebuild replays the event table in pages into the read models (written behind, once per page)
 * and leaves the processor where the replay ended: what it rebuilds equals what the live processor
 * built, batch by batch, across its segments; and the processor goes on from there with new events.
 */
@PostgresIntegrationTest
class StreamedRebuildTest extends AuditTestBase {

    private static final String PROCESSOR = "agreement-summary";
    private static final String PAYMENT = "{\"reference\": \"%s\", \"amount\": {\"amount\": \"%s\"}}";

    @Autowired
    ProjectionRebuild rebuild;

    @Autowired
    StreamedReplay replay;

    @Autowired
    EventProcessingConfiguration processing;

    private final List<String> agreements = new ArrayList<>();

    @BeforeEach
    void severalAgreementsWithSeveralEvents() {
        jdbc.update("DELETE FROM equity_stake");
        jdbc.update("DELETE FROM agreement_finance");
        jdbc.update("DELETE FROM agreement_summary");
        for (int i = 0; i < 8; i++) {
            String id = agreementInTrial();
            agreements.add(id);
            if (i % 2 == 0) {
                as("qinling").post("/api/agreements/" + id + "/purchase", null);
                as("university").post("/api/agreements/" + id + "/payments", PAYMENT.formatted("A-" + i, "1000.00"));
                as("university").post("/api/agreements/" + id + "/payments", PAYMENT.formatted("B-" + i, "250.50"));
            }
        }
        awaitProcessorAtHead();
    }

    @Test
    void the_rebuild_equals_the_live_read_models_of_agreements_in_several_segments() {
        StreamingEventProcessor processor = processor();
        Set<Integer> segments = agreements.stream().map(id -> segmentOf(processor, id)).collect(Collectors.toSet());
        assertThat(processor.processingStatus()).as("the processor runs several segments").hasSizeGreaterThan(1);
        assertThat(segments).as("the agreements' events went through several segments").hasSizeGreaterThan(1);
        Map<String, List<Map<String, Object>>> live = tables();

        ProjectionRebuild.Result result = rebuild.rebuild();

        assertThat(result.equal()).as(result.differences().toString()).isTrue();
        assertThat(result.rows()).containsEntry("agreement_summary", 8).containsEntry("agreement_finance", 8);
        assertThat(tables()).isEqualTo(live);
        long head = head();
        assertThat(processor.processingStatus().values())
                .allSatisfy(s -> assertThat(s.getCurrentPosition().orElse(-1)).isGreaterThanOrEqualTo(head));

        // the processor goes on from where the replay left it
        String id = agreements.get(0);
        as("university").post("/api/agreements/" + id + "/payments", PAYMENT.formatted("C-0", "10.00"));
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "SELECT received FROM agreement_finance WHERE agreement_id = CAST(? AS uuid)", java.math.BigDecimal.class, id)
                .compareTo(new java.math.BigDecimal("1260.50")) == 0);
    }

    @Test
    void the_streamed_replay_fills_emptied_read_models_and_moves_every_segment_to_the_last_event() {
        Map<String, List<Map<String, Object>>> live = tables();
        StreamingEventProcessor processor = processor();
        long head = head();
        processor.shutDown();
        processor.resetTokens();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM agreement_summary", Long.class)).isZero();

        long read = replay.replay(PROCESSOR, ((AbstractEventProcessor) processor).eventHandlerInvoker(), head);
        processor.start();

        assertThat(read).isEqualTo(allEventCount());
        assertThat(tables()).isEqualTo(live);
        await().atMost(Duration.ofSeconds(20)).until(() -> processor.processingStatus().size() > 1
                && processor.processingStatus().values().stream()
                .allMatch(s -> !s.isReplaying() && s.getCurrentPosition().orElse(-1) >= head));
        assertThat(tables()).isEqualTo(live);
    }

    /** Handlers see what they would see in the processor's own replay after a reset: every event once, in order, as a replay. */
    @Test
    void the_replay_hands_every_event_once_in_store_order_marked_as_a_replay() {
        List<EventMessage<?>> seen = new ArrayList<>();
        EventHandlerInvoker recorder = new EventHandlerInvoker() {
            @Override
            public boolean canHandle(EventMessage<?> message, Segment segment) {
                return true;
            }

            @Override
            public void handle(EventMessage<?> message, Segment segment) {
                seen.add(message);
            }
        };

        // a processor with no tokens: nothing to move afterwards
        long read = replay.replay("no-such-processor", recorder, head());

        assertThat(read).isEqualTo(allEventCount()).isEqualTo(seen.size());
        assertThat(seen).allSatisfy(m -> assertThat(ReplayToken.isReplay(m)).isTrue());
        assertThat(seen.stream().map(m -> ((TrackedEventMessage<?>) m).trackingToken().position().orElseThrow()).toList())
                .isSorted().doesNotHaveDuplicates();
        assertThat(seen.stream().map(m -> ((DomainEventMessage<?>) m).getIdentifier()).toList()).isEqualTo(
                jdbc.queryForList("SELECT event_identifier FROM domain_event_entry ORDER BY global_index", String.class));
    }

    private StreamingEventProcessor processor() {
        return processing.eventProcessor(PROCESSOR, StreamingEventProcessor.class).orElseThrow();
    }

    private long head() {
        return jdbc.queryForObject("SELECT coalesce(max(global_index), 0) FROM domain_event_entry", Long.class);
    }

    private void awaitProcessorAtHead() {
        long head = head();
        StreamingEventProcessor processor = processor();
        await().atMost(Duration.ofSeconds(30)).until(() -> !processor.processingStatus().isEmpty()
                && processor.processingStatus().values().stream().allMatch(s -> s.getCurrentPosition().orElse(-1) >= head));
    }

    /** The segment whose events include this agreement's (the sequencing policy is per aggregate). */
    private static int segmentOf(StreamingEventProcessor processor, String aggregateId) {
        return processor.processingStatus().values().stream().map(EventTrackerStatus::getSegment)
                .filter(s -> s.matches(aggregateId)).findFirst().orElseThrow().getSegmentId();
    }

    private Map<String, List<Map<String, Object>>> tables() {
        return Map.of(
                "agreement_summary", jdbc.queryForList("SELECT * FROM agreement_summary ORDER BY agreement_id"),
                "agreement_finance", jdbc.queryForList("SELECT * FROM agreement_finance ORDER BY agreement_id"),
                "equity_stake", jdbc.queryForList("SELECT * FROM equity_stake ORDER BY agreement_id, swap_id"));
    }
}
