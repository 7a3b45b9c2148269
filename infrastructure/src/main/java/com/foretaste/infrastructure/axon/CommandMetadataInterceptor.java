package com.foretaste.infrastructure.axon;

import com.foretaste.application.calendar.PlatformCalendar;
import com.foretaste.infrastructure.security.CurrentUser;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Completes the metadata of every command as it is sent: who sends it, its id, the correlation id,
 * the platform's business date and the wall time. Values already present (set by the API from
 * request headers, or inherited from a causing message) are kept. Handlers read the business date
 * from here, so the date a decision used is the date recorded with its events.
 */
class CommandMetadataInterceptor implements MessageDispatchInterceptor<CommandMessage<?>> {

    private final PlatformCalendar calendar;
    private final Clock clock;

    CommandMetadataInterceptor(PlatformCalendar calendar, Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
        return (index, command) -> command.andMetaData(missingFrom(command));
    }

    private Map<String, Object> missingFrom(CommandMessage<?> command) {
        Map<String, Object> present = command.getMetaData();
        Map<String, Object> added = new HashMap<>();
        CurrentUser.get().ifPresentOrElse(user -> {
            added.put(MetadataKeys.PRINCIPAL, user.getUsername());
            added.put(MetadataKeys.ORGANISATION, user.organisation().toString());
            added.put(MetadataKeys.ROLE, user.role().name());
        }, () -> added.put(MetadataKeys.PRINCIPAL, MetadataKeys.SYSTEM_PRINCIPAL));
        added.put(MetadataKeys.COMMAND_ID, command.getIdentifier());
        added.put(MetadataKeys.CORRELATION_ID, command.getIdentifier());
        added.put(MetadataKeys.BUSINESS_DATE, calendar.today().toString());
        added.put(MetadataKeys.WALL_TIME, clock.instant().toString());
        added.keySet().removeAll(present.keySet());
        return added;
    }
}
