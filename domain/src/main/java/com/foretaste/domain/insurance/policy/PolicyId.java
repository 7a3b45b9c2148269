package com.foretaste.domain.insurance.policy;

import com.foretaste.domain.shared.InvalidValueException;

import java.util.Objects;
import java.util.UUID;

/** Identity of a patent implementation insurance policy: a UUID for its whole life. */
public record PolicyId(UUID value) {

    public PolicyId {
        Objects.requireNonNull(value, "value");
    }

    public static PolicyId parse(String text) {
        try {
            return new PolicyId(UUID.fromString(text.trim()));
        } catch (IllegalArgumentException | NullPointerException notAUuid) {
            throw new InvalidValueException("id-uuid", "'" + text + "' is not a valid policy id (a UUID)");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
