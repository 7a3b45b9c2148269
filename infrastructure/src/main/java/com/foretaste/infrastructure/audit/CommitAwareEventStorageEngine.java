package com.foretaste.infrastructure.audit;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.LongStream;

/**
 * Axon's JDBC event store, read so that no reader passes a position that may still be committed
 * (docs/adr/0013-reading-the-event-store-in-commit-order.md). Axon decides from an event's timestamp
 * whether the positions below it are kept as gaps, and drops gaps by age and by distance: an append held
 * open longer than the gap timeout was skipped for good (Axon issue #4829). Here every position below a
 * visible event is a gap, whatever the event's age, and a gap leaves a token only when every transaction
 * that could still write it has ended and its row is not in the table ({@link OpenGaps}). A late commit is
 * then read as Axon reads any filled gap.
 */
final class CommitAwareEventStorageEngine extends JdbcEventStorageEngine {

    private static final Logger log = LoggerFactory.getLogger(CommitAwareEventStorageEngine.class);
    /** The first global index the table hands out (bigserial starts at 1). */
    private static final long FIRST_INDEX = 1;

    private final TransactionManager transactions;
    private final TransactionHorizon horizon;
    private final OpenGaps openGaps;

    private CommitAwareEventStorageEngine(Builder builder, TransactionManager transactions, TransactionHorizon horizon,
                                          OpenGaps openGaps) {
        super(builder);
        this.transactions = transactions;
        this.horizon = horizon;
        this.openGaps = openGaps;
    }

    /**
     * The engine over {@code builder}'s settings, with Axon's own gap dropping turned off: no gap is cleaned
     * because its neighbours are old, none is cut off for being far behind. Gaps are read back with one
     * array parameter, not one parameter each, since their number is no longer capped.
     */
    static CommitAwareEventStorageEngine build(Builder builder, TransactionManager transactions, TransactionHorizon horizon,
                                               OpenGaps openGaps) {
        builder.transactionManager(transactions)
                .gapCleaningThreshold(Integer.MAX_VALUE)
                .maxGapOffset(Integer.MAX_VALUE)
                .gapTimeout(Integer.MAX_VALUE)
                .readEventDataWithGaps(CommitAwareEventStorageEngine::readEventsAndGaps);
        return new CommitAwareEventStorageEngine(builder, transactions, horizon, openGaps);
    }

    /** The events of the next batch after {@code globalIndex}, and those that filled a gap. */
    private static PreparedStatement readEventsAndGaps(Connection connection, EventSchema schema, long globalIndex,
                                                       int batchSize, List<Long> gaps) throws SQLException {
        String index = schema.globalIndexColumn();
        PreparedStatement select = connection.prepareStatement("SELECT " + schema.trackedEventFields() + " FROM "
                + schema.domainEventTable() + " WHERE (" + index + " > ? AND " + index + " <= ?) OR " + index
                + " = ANY(?) ORDER BY " + index + " ASC");
        select.setLong(1, globalIndex);
        select.setLong(2, globalIndex + batchSize);
        select.setArray(3, connection.createArrayOf("BIGINT", gaps.toArray(Long[]::new)));
        return select;
    }

    @Override
    protected List<? extends TrackedEventData<?>> fetchTrackedEvents(TrackingToken lastToken, int batchSize) {
        return super.fetchTrackedEvents(withoutSettledGaps(lastToken), batchSize);
    }

    /** Every position between the previous token and this event is a gap, however old the event is. */
    @Override
    protected TrackedEventData<?> getTrackedEventData(ResultSet resultSet, GapAwareTrackingToken previousToken)
            throws SQLException {
        TrackedEventData<?> read = super.getTrackedEventData(resultSet, previousToken);
        long index = resultSet.getLong(schema().globalIndexColumn());
        GapAwareTrackingToken token = previousToken == null
                ? GapAwareTrackingToken.newInstance(index, LongStream.range(Math.min(FIRST_INDEX, index), index).boxed().toList())
                : previousToken.advanceTo(index, Integer.MAX_VALUE);
        return new TrackedDomainEventData<>(token, (DomainEventData<?>) read);
    }

    /**
     * {@code token} without the gaps that can no longer be filled. Called with a token that came from an
     * earlier read (a processor's, or {@link StreamedReplay}'s), so the horizon taken here is later than
     * every read that saw its gaps.
     */
    TrackingToken withoutSettledGaps(TrackingToken token) {
        if (!(token instanceof GapAwareTrackingToken gapAware) || gapAware.getGaps().isEmpty()) {
            return token;
        }
        SortedSet<Long> gaps = gapAware.getGaps();
        SortedSet<Long> open = transactions.fetchInTransaction(() -> stillOpen(gaps));
        if (open.size() == gaps.size()) {
            return token;
        }
        if (log.isDebugEnabled()) {
            TreeSet<Long> settled = new TreeSet<>(gaps);
            settled.removeAll(open);
            log.debug("positions {} were never committed (rolled back or skipped); they leave the token at {}",
                    settled, gapAware.getIndex());
        }
        return GapAwareTrackingToken.newInstance(gapAware.getIndex(), open);
    }

    private SortedSet<Long> stillOpen(SortedSet<Long> gaps) {
        try (Connection connection = getConnection()) {
            // the horizon first: the query for stored rows is a later statement and sees every commit it saw
            Set<Long> ended = openGaps.check(gaps, horizon, connection);
            if (ended.isEmpty()) {
                return gaps;
            }
            return OpenGaps.stillOpen(gaps, ended, stored(connection, ended));
        } catch (SQLException e) {
            throw new EventStoreException("Failed to check which gaps of a token may still be committed", e);
        }
    }

    private Set<Long> stored(Connection connection, Set<Long> indexes) throws SQLException {
        String column = schema().globalIndexColumn();
        try (PreparedStatement select = connection.prepareStatement("SELECT " + column + " FROM "
                + schema().domainEventTable() + " WHERE " + column + " = ANY(?)")) {
            select.setArray(1, connection.createArrayOf("BIGINT", indexes.toArray(Long[]::new)));
            try (ResultSet rs = select.executeQuery()) {
                Set<Long> stored = new HashSet<>();
                while (rs.next()) {
                    stored.add(rs.getLong(1));
                }
                return stored;
            }
        }
    }
}
