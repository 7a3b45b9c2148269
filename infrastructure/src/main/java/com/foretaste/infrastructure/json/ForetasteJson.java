package com.foretaste.infrastructure.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.util.List;

/**
 * The JSON form of domain values, shared by the event store and the API so that an event reads the
 * same everywhere: ids, patent numbers and rates as strings, money as {@code {"amount":"1.00",
 * "currency":"CNY"}}, dates as ISO-8601, sealed families with a {@code kind} name. Only record
 * components are written; helper methods such as {@code Money.isZero()} never leak into JSON.
 */
public final class ForetasteJson {

    private ForetasteJson() {
    }

    /** A mapper for stored events, snapshots and messages. Its output is frozen by tests. */
    public static ObjectMapper eventMapper() {
        return configure(new ObjectMapper()).setSerializationInclusion(JsonInclude.Include.ALWAYS);
    }

    /** The sealed interfaces whose records carry a {@link #discriminator()} member naming the record. */
    public static List<Class<?>> sealedFamilies() {
        return DomainModule.SEALED_FAMILIES;
    }

    /** The member that names the record of a sealed family: its simple name, e.g. {@code "OnDate"}. */
    public static String discriminator() {
        return SealedFamilyMixin.KIND;
    }

    public static ObjectMapper configure(ObjectMapper mapper) {
        return mapper.registerModule(new JavaTimeModule())
                .registerModule(new DomainModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .setVisibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE);
    }
}
