package com.foretaste.infrastructure.audit;

import com.foretaste.application.audit.EventHash;
import com.foretaste.infrastructure.platform.KnownStreamHeads;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.AppendEventsStatementBuilder;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.TimestampWriter;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Appends events as Axon does, plus each event's chained hash, in the same statement and so the
 * same transaction. The predecessor's hash is read on the appending connection; events of one
 * batch chain to each other. The hashed bytes are exactly the stored bytes.
 */
class ChainedAppendEvents implements AppendEventsStatementBuilder {

    @Override
    public PreparedStatement build(Connection connection, EventSchema schema, Class<?> dataType,
                                   List<? extends EventMessage<?>> events, Serializer serializer,
                                   TimestampWriter timestampWriter) throws SQLException {
        PreparedStatement insert = connection.prepareStatement("INSERT INTO " + schema.domainEventTable() + " ("
                + schema.domainEventFields() + ", event_hash) VALUES (?,?,?,?,?,?,?,?,?,?)");
        Map<String, byte[]> heads = new HashMap<>();
        for (EventMessage<?> message : events) {
            if (!(message instanceof DomainEventMessage<?> event)) {
                throw new IllegalArgumentException("only aggregate events are stored; got " + message.getPayloadType());
            }
            SerializedObject<?> payload = event.serializePayload(serializer, dataType);
            SerializedObject<?> metadata = event.serializeMetaData(serializer, dataType);
            String timestamp = DateTimeUtils.formatInstant(event.getTimestamp());
            byte[] previous = heads.containsKey(event.getAggregateIdentifier()) ? heads.get(event.getAggregateIdentifier())
                    : previousHash(connection, schema, event);
            byte[] hash = EventHash.of(previous, event.getIdentifier(), event.getAggregateIdentifier(),
                    event.getSequenceNumber(), event.getType(), timestamp, payload.getType().getName(),
                    payload.getType().getRevision(), (byte[]) payload.getData(), (byte[]) metadata.getData());
            heads.put(event.getAggregateIdentifier(), hash);
            insert.setString(1, event.getIdentifier());
            insert.setString(2, event.getAggregateIdentifier());
            insert.setLong(3, event.getSequenceNumber());
            insert.setString(4, event.getType());
            insert.setString(5, timestamp);
            insert.setString(6, payload.getType().getName());
            insert.setString(7, payload.getType().getRevision());
            insert.setBytes(8, (byte[]) payload.getData());
            insert.setBytes(9, (byte[]) metadata.getData());
            insert.setBytes(10, hash);
            insert.addBatch();
        }
        return insert;
    }

    private static byte[] previousHash(Connection connection, EventSchema schema, DomainEventMessage<?> event)
            throws SQLException {
        if (event.getSequenceNumber() == 0) {
            return EventHash.GENESIS;
        }
        Optional<byte[]> known = KnownStreamHeads.hashAt(event.getAggregateIdentifier(), event.getSequenceNumber() - 1);
        if (known.isPresent()) {
            return known.get();
        }
        try (PreparedStatement query = connection.prepareStatement("SELECT event_hash FROM " + schema.domainEventTable()
                + " WHERE " + schema.aggregateIdentifierColumn() + " = ? AND " + schema.sequenceNumberColumn() + " = ?")) {
            query.setString(1, event.getAggregateIdentifier());
            query.setLong(2, event.getSequenceNumber() - 1);
            try (ResultSet rs = query.executeQuery()) {
                if (!rs.next() || rs.getBytes(1) == null) {
                    throw new SQLException("no hashed predecessor of event " + event.getSequenceNumber() + " of "
                            + event.getAggregateIdentifier() + "; the chain cannot be continued");
                }
                return rs.getBytes(1);
            }
        }
    }
}
