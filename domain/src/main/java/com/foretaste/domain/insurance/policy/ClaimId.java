package com.foretaste.domain.insurance.policy;

import com.foretaste.domain.shared.InvalidValueException;

import java.util.Objects;
import java.util.UUID;

/** Identity of a claim under a policy; unique within the policy. */
public record ClaimId(UUID value) {

    public ClaimId {
        Objects.requireNonNull(value, "value");
    }

    public static ClaimId parse(String text) {
        try {
            return new ClaimId(UUID.fromString(text.trim()));
        } catch (IllegalArgumentException | NullPointerException notAUuid) {
            throw new InvalidValueException("id-uuid", "'" + text + "' is not a valid claim id (a UUID)");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
