package com.foretaste.infrastructure.audit;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventUtils;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Replays the event table into one processor's handlers for a rebuild: one pass in global index order,
 * in pages of {@value #PAGE} events read with one query each (keyset: the page after the last index
 * read), each page handled in one unit of work and one transaction, so that read models written behind
 * ({@link com.foretaste.infrastructure.platform.WriteBehind}) write each row once per page. Events are
 * upcast and deserialized as the event store does it, and reach the handlers as the processor would
 * hand them after a reset (tracked domain event messages marked as replays, one segment covering
 * everything).
 * <p>
 * When the replay is done the processor's token of every segment is set to the last event replayed,
 * with the positions it did not see as gaps (an append that had taken its index but not committed yet
 * when its page was read, however far behind the head), so the processor, once started, handles those
 * and everything after. Gaps whose writers have already ended (rolled back) are left out at once, by the
 * event store's own rule (docs/adr/0013-reading-the-event-store-in-commit-order.md); the processor's
 * reads settle the others.
 */
@Component
class StreamedReplay {

    static final int PAGE = 5_000;
    private static final String PAGE_QUERY = "SELECT global_index, type, aggregate_identifier, sequence_number,"
            + " event_identifier, time_stamp, payload_type, payload_revision, payload, meta_data FROM domain_event_entry"
            + " WHERE global_index > ? AND global_index <= ? ORDER BY global_index LIMIT " + PAGE;

    private final JdbcTemplate jdbc;
    private final Serializer serializer;
    private final org.axonframework.config.Configuration axon;
    private final EventProcessingConfiguration processing;
    private final TransactionManager transactions;
    private final EventStorageEngine storage;

    StreamedReplay(JdbcTemplate jdbc, @Qualifier("eventSerializer") Serializer serializer,
                   org.axonframework.config.Configuration axon, EventProcessingConfiguration processing,
                   TransactionManager transactions, EventStorageEngine storage) {
        this.jdbc = jdbc;
        this.storage = storage;
        this.serializer = serializer;
        this.axon = axon;
        this.processing = processing;
        this.transactions = transactions;
    }

    /**
     * Hands every event up to {@code head} to {@code handlers} and moves the processor's tokens there.
     * The processor must be stopped and reset (its tables emptied). Answers the number of events read.
     */
    long replay(String processorName, EventHandlerInvoker handlers, long head) {
        EventUpcaster upcasters = axon.upcasterChain();
        TreeSet<Long> gaps = new TreeSet<>();
        // Every event replayed is a replay to the handlers, as when the processor replays after a reset
        // (a handler marked @DisallowReplay is skipped): the events up to the head were handled before,
        // the processor being caught up when a rebuild starts (it is run when no commands come in).
        TrackingToken position = ReplayToken.createReplayToken(GapAwareTrackingToken.newInstance(head, List.of()));
        long last = 0;
        long read = 0;
        while (last < head) {
            List<Row> rows = page(last, head);
            if (rows.isEmpty()) {
                break;
            }
            List<TrackedDomainEventData<?>> page = new ArrayList<>(rows.size());
            for (Row row : rows) {
                // no gap is dropped for being far behind: the store settles gaps only when their writers ended
                for (long missing = last + 1; missing < row.index(); missing++) {
                    gaps.add(missing);
                }
                last = row.index();
                TrackingToken at = GapAwareTrackingToken.newInstance(last, List.of());
                position = position instanceof ReplayToken replaying ? replaying.advancedTo(at) : at;
                page.add(new TrackedDomainEventData<>(position, row.event()));
            }
            List<EventMessage<?>> messages = new ArrayList<>(EventUtils.upcastAndDeserializeTrackedEvents(page.stream(),
                    serializer, upcasters).toList());
            handle(handlers, messages);
            read += page.size();
        }
        if (read > 0) {
            TrackingToken replayed = GapAwareTrackingToken.newInstance(last, gaps);
            TrackingToken reached = storage instanceof CommitAwareEventStorageEngine store ? store.withoutSettledGaps(replayed) : replayed;
            TokenStore tokens = processing.tokenStore(processorName);
            transactions.executeInTransaction(() -> {
                for (int segment : tokens.fetchSegments(processorName)) {
                    tokens.storeToken(reached, processorName, segment);
                }
            });
        }
        return read;
    }

    private record Row(long index, GenericDomainEventEntry<byte[]> event) {
    }

    private List<Row> page(long after, long head) {
        return jdbc.query(connection -> {
            PreparedStatement select = connection.prepareStatement(PAGE_QUERY);
            select.setLong(1, after);
            select.setLong(2, head);
            select.setFetchSize(PAGE);
            Postgres.binaryTransfer(select);
            return select;
        }, (rs, i) -> new Row(rs.getLong(1), new GenericDomainEventEntry<>(rs.getString(2), rs.getString(3), rs.getLong(4),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getBytes(9), rs.getBytes(10))));
    }

    /** One page: one unit of work, one transaction; a failing event rolls the page back and fails the replay. */
    private void handle(EventHandlerInvoker handlers, List<EventMessage<?>> messages) {
        BatchingUnitOfWork<EventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(messages);
        unitOfWork.attachTransaction(transactions);
        // handle() asks each handler whether it takes the message (and the segment whether it covers
        // it); asking canHandle() first as well would do that work twice for every event
        ResultMessage<?> result = unitOfWork.executeWithResult(() -> {
            handlers.handle(unitOfWork.getMessage(), Segment.ROOT_SEGMENT);
            return null;
        });
        if (result.isExceptional()) {
            Throwable failure = result.exceptionResult();
            throw failure instanceof RuntimeException runtime ? runtime
                    : new IllegalStateException("the replay failed on an event", failure);
        }
    }
}
