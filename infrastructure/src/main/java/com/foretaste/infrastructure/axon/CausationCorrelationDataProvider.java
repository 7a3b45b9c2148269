package com.foretaste.infrastructure.axon;

import org.axonframework.messaging.Message;
import org.axonframework.messaging.correlation.CorrelationDataProvider;

import java.util.HashMap;
import java.util.Map;

/**
 * Stamps every message caused by another (an event applied by a command, a command sent by a saga)
 * with who and when from its cause, the correlation id of the whole conversation, and the id of the
 * message that directly caused it.
 */
class CausationCorrelationDataProvider implements CorrelationDataProvider {

    @Override
    public Map<String, ?> correlationDataFor(Message<?> cause) {
        Map<String, Object> data = new HashMap<>();
        for (String key : MetadataKeys.INHERITED) {
            Object value = cause.getMetaData().get(key);
            if (value != null) {
                data.put(key, value);
            }
        }
        data.putIfAbsent(MetadataKeys.CORRELATION_ID, cause.getIdentifier());
        data.put(MetadataKeys.CAUSATION_ID, cause.getIdentifier());
        return data;
    }
}
