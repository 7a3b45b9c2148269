package com.foretaste.domain.shared;

import java.util.Objects;
import java.util.UUID;

/** Identity of a licence agreement: a UUID that stays the same through the agreement's whole life. */
public record AgreementId(UUID value) {

    public AgreementId {
        Objects.requireNonNull(value, "value");
    }

    public static AgreementId parse(String text) {
        return new AgreementId(Ids.uuid(text, "agreement"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
