package com.foretaste.infrastructure.endofday;

import com.foretaste.application.endofday.EndOfDay;
import com.foretaste.application.platform.Instrument;
import com.foretaste.application.platform.StreamRegistry;
import com.foretaste.infrastructure.axon.MetadataKeys;
import com.foretaste.infrastructure.platform.CommandOutcome;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.GenericMessage;

import java.nio.charset.StandardCharsets;
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
        CommandOutcome outcome = gateway.sendAndWait(new GenericCommandMessage<>(
                new GenericMessage<>(commandId, command, metadata), command.getClass().getName()));
        return outcome != null && outcome.recorded() > 0;
    }
}
