package com.foretaste.infrastructure.audit;

import com.foretaste.application.audit.AuditStore;
import com.foretaste.application.audit.Digest;
import com.foretaste.application.audit.StoredEvent;
import com.foretaste.application.audit.StreamHead;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** The event store read as stored (bytes, not deserialized events), and the digests kept of it. */
@Repository
class JdbcAuditStore implements AuditStore {

    private static final RowMapper<StoredEvent> EVENT = (rs, i) -> new StoredEvent(rs.getLong("global_index"),
            rs.getString("event_identifier"), rs.getString("aggregate_identifier"), rs.getLong("sequence_number"),
            rs.getString("type"), rs.getString("time_stamp"), rs.getString("payload_type"),
            rs.getString("payload_revision"), rs.getBytes("payload"), rs.getBytes("meta_data"), rs.getBytes("event_hash"));
    private static final RowMapper<StreamHead> HEAD = (rs, i) -> new StreamHead(rs.getString("aggregate_identifier"),
            rs.getLong("sequence_number"), rs.getBytes("head_hash"));

    private static final int PAGE = 5_000;
    private static final String HASHED_COLUMNS = "global_index, event_identifier, aggregate_identifier, sequence_number,"
            + " type, time_stamp, payload_type, payload_revision, payload, meta_data, event_hash";

    private final JdbcTemplate jdbc;

    JdbcAuditStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<StoredEvent> stream(String aggregateId) {
        return jdbc.query("SELECT * FROM domain_event_entry WHERE aggregate_identifier = ? ORDER BY sequence_number",
                EVENT, aggregateId);
    }

    @Override
    public List<String> streams() {
        return jdbc.queryForList("SELECT DISTINCT aggregate_identifier FROM domain_event_entry ORDER BY aggregate_identifier",
                String.class);
    }

    /**
     * One ordered pass over the event table, in pages of {@value #PAGE} rows (PostgreSQL sends pages
     * only inside a transaction, hence read-only transactional), instead of one query per stream. Only
     * the columns that are hashed are read. On PostgreSQL the rows come in the binary format, so the
     * bytea columns arrive as bytes instead of hex text that the server encodes and the driver decodes.
     */
    @Override
    @Transactional(readOnly = true)
    public void eachStream(Consumer<List<StoredEvent>> each) {
        List<StoredEvent> stream = new ArrayList<>();
        jdbc.query(connection -> {
            PreparedStatement select = connection.prepareStatement("SELECT " + HASHED_COLUMNS
                    + " FROM domain_event_entry ORDER BY aggregate_identifier, sequence_number",
                    ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
            select.setFetchSize(PAGE);
            Postgres.binaryTransfer(select);
            return select;
        }, (RowCallbackHandler) rs -> {
            // by position, in the order of HASHED_COLUMNS: no lookup of column names per row
            StoredEvent event = new StoredEvent(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                    rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getBytes(9), rs.getBytes(10),
                    rs.getBytes(11));
            if (!stream.isEmpty() && !stream.get(0).aggregateId().equals(event.aggregateId())) {
                each.accept(List.copyOf(stream));
                stream.clear();
            }
            stream.add(event);
        });
        if (!stream.isEmpty()) {
            each.accept(List.copyOf(stream));
        }
    }

    @Override
    public List<StreamHead> headsUpTo(long globalIndex) {
        return jdbc.query("SELECT e.aggregate_identifier, e.sequence_number, e.event_hash AS head_hash"
                + " FROM domain_event_entry e WHERE e.global_index <= ? AND e.sequence_number = ("
                + " SELECT max(x.sequence_number) FROM domain_event_entry x"
                + " WHERE x.aggregate_identifier = e.aggregate_identifier AND x.global_index <= ?)"
                + " ORDER BY e.aggregate_identifier", HEAD, globalIndex, globalIndex);
    }

    @Override
    public long lastGlobalIndex() {
        return jdbc.queryForObject("SELECT coalesce(max(global_index), 0) FROM domain_event_entry", Long.class);
    }

    @Override
    public List<StoredEvent> appendedBetween(long after, long upTo) {
        return jdbc.query("SELECT * FROM domain_event_entry WHERE global_index > ? AND global_index <= ?"
                + " ORDER BY aggregate_identifier, sequence_number", EVENT, after, upTo);
    }

    @Override
    public List<StoredEvent> streamAfter(String aggregateId, long sequence) {
        return jdbc.query("SELECT * FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number > ?"
                + " ORDER BY sequence_number", EVENT, aggregateId, sequence);
    }

    @Override
    public java.util.Map<String, Long> streamsAheadOf(long digestId) {
        java.util.Map<String, Long> ahead = new java.util.TreeMap<>();
        jdbc.query("SELECT r.aggregate_identifier, r.version FROM stream_registry r LEFT JOIN digest_stream_head h"
                + " ON h.digest_id = ? AND h.aggregate_identifier = r.aggregate_identifier"
                + " WHERE h.aggregate_identifier IS NULL OR r.version > h.sequence_number",
                rs -> {
                    ahead.put(rs.getString(1), rs.getLong(2));
                }, digestId);
        return ahead;
    }

    @Override
    public long eventCountUpTo(long globalIndex) {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE global_index <= ?", Long.class, globalIndex);
    }

    @Override
    @Transactional
    public Digest save(Digest d) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement insert = connection.prepareStatement("INSERT INTO store_digest (created_at,"
                    + " covered_global_index, event_count, root, reason) VALUES (?, ?, ?, ?, ?)", new String[] {"id"});
            insert.setTimestamp(1, Timestamp.from(d.createdAt()));
            insert.setLong(2, d.coveredGlobalIndex());
            insert.setLong(3, d.eventCount());
            insert.setBytes(4, d.root());
            insert.setString(5, d.reason());
            return insert;
        }, key);
        long id = key.getKey().longValue();
        List<Object[]> rows = new java.util.ArrayList<>();
        for (int i = 0; i < d.heads().size(); i++) {
            StreamHead h = d.heads().get(i);
            rows.add(new Object[] {id, i, h.aggregateId(), h.sequence(), h.hash()});
        }
        jdbc.batchUpdate("INSERT INTO digest_stream_head (digest_id, leaf_index, aggregate_identifier, sequence_number,"
                + " head_hash) VALUES (?, ?, ?, ?, ?)", rows);
        return new Digest(id, d.createdAt(), d.coveredGlobalIndex(), d.eventCount(), d.heads(), d.root(), d.reason());
    }

    @Override
    public Optional<Digest> digest(long id) {
        return jdbc.query("SELECT * FROM store_digest WHERE id = ?", (rs, i) -> new Digest(rs.getLong("id"),
                rs.getTimestamp("created_at").toInstant(), rs.getLong("covered_global_index"), rs.getLong("event_count"),
                jdbc.query("SELECT * FROM digest_stream_head WHERE digest_id = ? ORDER BY leaf_index", HEAD, id),
                rs.getBytes("root"), rs.getString("reason")), id).stream().findFirst();
    }

    @Override
    public Optional<Digest> latestDigest() {
        return jdbc.queryForList("SELECT max(id) FROM store_digest", Long.class).stream()
                .filter(java.util.Objects::nonNull).findFirst().flatMap(this::digest);
    }
}
