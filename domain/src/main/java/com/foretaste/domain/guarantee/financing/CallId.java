package com.foretaste.domain.guarantee.financing;

import com.foretaste.domain.shared.InvalidValueException;

import java.util.Objects;
import java.util.UUID;

/** Identity of a call on a financing guarantee: a UUID. */
public record CallId(UUID value) {

    public CallId {
        Objects.requireNonNull(value, "value");
    }

    public static CallId parse(String text) {
        try {
            return new CallId(UUID.fromString(text.trim()));
        } catch (IllegalArgumentException | NullPointerException notAUuid) {
            throw new InvalidValueException("id-uuid", "'" + text + "' is not a valid call id (a UUID)");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
