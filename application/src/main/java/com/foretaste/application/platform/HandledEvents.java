package com.foretaste.application.platform;

/** The events a process manager has acted on, kept with what it did, so that it acts on each once (port). */
public interface HandledEvents {

    /** Records the event as handled by {@code process}; false when it was handled before. */
    boolean firstTime(String process, String eventId);
}
