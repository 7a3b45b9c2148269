package com.foretaste.infrastructure.endofday;

import com.foretaste.application.endofday.EndOfDay;
import com.foretaste.application.platform.Instrument;
import com.foretaste.application.platform.StreamRegistry;
import com.foretaste.infrastructure.axon.MetadataKeys;
import com.foretaste.infrastructure.platform.CommandOutcome;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.GenericMessage;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One instrument's date-driven work for a run: the aggregates the stream registry says need attention,
 * each sent the instrument's own date-driven command. The command's id is derived from the aggregate
 * and the date, so a visit repeated (a resumed run, a retry) is recognisably the same command.
 */
final class InstrumentWork implements EndOfDay.DateDrivenWork {

    private final Instrument<?, ?> instrument;
    private final StreamRegistry registry;
    private final CommandGateway gateway;
    private final String correlationId;

    InstrumentWork(Instrument<?, ?> instrument, StreamRegistry registry, CommandGateway gateway, String correlationId) {
        this.instrument = instrument;
        this.registry = registry;
        this.gateway = gateway;
        this.correlationId = correlationId;
    }

    @Override
    public String instrument() {
        return instrument.type();
    }

    @Override
    public List<String> due(LocalDate day) {
        return registry.needingAttention(instrument.aggregateType(), day);
    }

    @Override
    public boolean visit(String aggregateId, LocalDate day) {
        String commandId = UUID.nameUUIDFromBytes(("date-driven\n" + aggregateId + "\n" + day)
                .getBytes(StandardCharsets.UTF_8)).toString();
        Map<String, Object> metadata = Map.of(MetadataKeys.COMMAND_ID, commandId,
                MetadataKeys.BUSINESS_DATE, day.toString(), MetadataKeys.CORRELATION_ID, correlationId,
                MetadataKeys.DATE_DRIVEN, "true");
        Object command = instrument.observe(aggregateId, day);
        try {
            CommandOutcome outcome = gateway.sendAndWait(new GenericCommandMessage<>(
                    new GenericMessage<>(commandId, command, metadata), command.getClass().getName()));
            return outcome != null && outcome.recorded() > 0;
        } catch (RuntimeException failure) {
            if (isPlatformFailure(failure)) {
                throw new EndOfDay.PlatformUnavailable(aggregateId, failure);
            }
            throw failure;
        }
    }

    /**
     * Whether the database, not the aggregate, failed: a connection lost or not to be had, the server
     * shutting down, a transaction the server rolled back (SQLSTATE classes 08, 57, 40, 53).
     */
    static boolean isPlatformFailure(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof TransientDataAccessException || cause instanceof CannotGetJdbcConnectionException
                    || cause instanceof CannotCreateTransactionException || cause instanceof SQLTransientException
                    || cause instanceof SQLRecoverableException || cause instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && List.of("08", "57", "40", "53").contains(sql.getSQLState().substring(0, 2))) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
