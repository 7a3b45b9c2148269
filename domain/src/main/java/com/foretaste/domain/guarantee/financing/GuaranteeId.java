package com.foretaste.domain.guarantee.financing;

import com.foretaste.domain.shared.InvalidValueException;

import java.util.Objects;
import java.util.UUID;

/** Identity of a financing guarantee: a UUID for its whole life. */
public record GuaranteeId(UUID value) {

    public GuaranteeId {
        Objects.requireNonNull(value, "value");
    }

    public static GuaranteeId parse(String text) {
        try {
            return new GuaranteeId(UUID.fromString(text.trim()));
        } catch (IllegalArgumentException | NullPointerException notAUuid) {
            throw new InvalidValueException("id-uuid", "'" + text + "' is not a valid guarantee id (a UUID)");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
