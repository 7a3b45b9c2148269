package com.foretaste.infrastructure.json;

import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * Put on a sealed interface of the domain: its records are written with a {@code kind} member that
 * names the record, so a value of the interface's type reads back as the right record.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = SealedFamilyMixin.KIND)
abstract class SealedFamilyMixin {

    static final String KIND = "kind";
}
