package com.foretaste.infrastructure.axon;

import java.util.List;

/** The metadata every command and every event carries (domain.md: "Every event carries metadata"). */
public final class MetadataKeys {

    public static final String PRINCIPAL = "principal";
    public static final String ORGANISATION = "organisation";
    public static final String ROLE = "role";
    public static final String COMMAND_ID = "commandId";
    public static final String CORRELATION_ID = "correlationId";
    public static final String CAUSATION_ID = "causationId";
    public static final String BUSINESS_DATE = "businessDate";
    public static final String WALL_TIME = "wallTime";
    /** Marks a command the calendar caused (an end-of-day visit or its retry): it may reach a held aggregate. */
    public static final String DATE_DRIVEN = "dateDriven";

    /** Keys copied unchanged from a message to every message it causes. */
    static final List<String> INHERITED = List.of(PRINCIPAL, ORGANISATION, ROLE, COMMAND_ID, CORRELATION_ID,
            BUSINESS_DATE, WALL_TIME);

    /** The principal recorded for commands the platform issues itself (end of day, schedulers). */
    public static final String SYSTEM_PRINCIPAL = "system";

    private MetadataKeys() {
    }
}
