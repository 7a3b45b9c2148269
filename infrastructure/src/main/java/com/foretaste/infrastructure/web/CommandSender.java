package com.foretaste.infrastructure.web;

import com.foretaste.infrastructure.axon.MetadataKeys;
import com.foretaste.infrastructure.security.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.GenericMessage;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Sends a command for an API request and waits for its outcome. The command id is derived from the
 * caller's Idempotency-Key when there is one (so a retried request is recognisably the same command),
 * and the X-Correlation-Id header, when given, is carried into every event the command causes.
 */
@Component
public class CommandSender {

    public static final String CORRELATION_HEADER = "X-Correlation-Id";
    static final Pattern CORRELATION_SHAPE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private final CommandGateway gateway;
    CommandSender(CommandGateway gateway) {
        this.gateway = gateway;
    }

    public <R> R send(Object command, HttpServletRequest request) {
        String commandId = commandId(request).toString();
        Map<String, Object> metadata = new HashMap<>();
        metadata.put(MetadataKeys.COMMAND_ID, commandId);
        correlationId(request).ifPresent(correlation -> metadata.put(MetadataKeys.CORRELATION_ID, correlation));
        return gateway.sendAndWait(new GenericCommandMessage<>(new GenericMessage<>(commandId, command, metadata),
                command.getClass().getName()));
    }

    /**
     * The caller's X-Correlation-Id, when it sent one. A malformed one is refused (400 naming the header),
     * normally by {@link WriteHeaderFilter} before the request gets here; it is never replaced.
     */
    public static Optional<String> correlationId(HttpServletRequest request) {
        String correlation = request.getHeader(CORRELATION_HEADER);
        if (correlation != null && !CORRELATION_SHAPE.matcher(correlation).matches()) {
            throw new InvalidHeaderException(CORRELATION_HEADER, WriteHeaderFilter.RULE,
                    "The " + CORRELATION_HEADER + " header must be 1 to 128 letters, digits, '.', '_', ':' or '-'.");
        }
        return Optional.ofNullable(correlation);
    }

    /** The caller's X-Correlation-Id for a log line: a malformed one is logged as absent, not refused here. */
    public static String correlationForLogs(HttpServletRequest request) {
        String correlation = request.getHeader(CORRELATION_HEADER);
        return correlation != null && CORRELATION_SHAPE.matcher(correlation).matches() ? correlation : "-";
    }

    /** A stable id for a request that carries an Idempotency-Key, a fresh one otherwise. */
    public static UUID commandId(HttpServletRequest request) {
        return idempotentId(request, "command").orElseGet(UUID::randomUUID);
    }

    /** A stable id derived from the caller and its Idempotency-Key, for ids a request creates. */
    public static Optional<UUID> idempotentId(HttpServletRequest request, String purpose) {
        String key = request.getHeader(IdempotencyFilter.HEADER);
        if (key == null) {
            return Optional.empty();
        }
        String principal = CurrentUser.require().getUsername();
        return Optional.of(UUID.nameUUIDFromBytes((purpose + "\n" + principal + "\n" + key).getBytes(StandardCharsets.UTF_8)));
    }
}
