package com.foretaste.infrastructure.platform;

import com.foretaste.infrastructure.axon.MetadataKeys;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

import java.util.HashMap;
import java.util.Map;

/**
 * A command a process manager sends as the platform: its id derived from the causing event (so a redelivery is
 * recognisably the same command), with that event's correlation id and business date. A platform command is not a
 * party's, so a running end of day does not hold it back.
 */
public final class PlatformCommandMessages {

    private PlatformCommandMessages() {
    }

    public static CommandMessage<Object> causedByCurrentEvent(Object payload, String commandId) {
        Map<String, Object> metadata = new HashMap<>();
        metadata.put(MetadataKeys.COMMAND_ID, commandId);
        metadata.put(MetadataKeys.DATE_DRIVEN, "true");
        CurrentUnitOfWork.ifStarted(uow -> {
            Object correlation = uow.getMessage().getMetaData().get(MetadataKeys.CORRELATION_ID);
            Object date = uow.getMessage().getMetaData().get(MetadataKeys.BUSINESS_DATE);
            if (correlation != null) {
                metadata.put(MetadataKeys.CORRELATION_ID, correlation);
            }
            if (date != null) {
                metadata.put(MetadataKeys.BUSINESS_DATE, date);
            }
        });
        return new GenericCommandMessage<>(new GenericMessage<>(commandId, payload, metadata), payload.getClass().getName());
    }
}
