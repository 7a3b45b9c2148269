package com.foretaste.infrastructure.platform;

/**
 * No stream of that kind and id is visible to the caller: it does not exist, its caller's organisation
 * is no party to it, or it did not exist yet at the point asked for. All are answered alike (404), so
 * nobody learns of instruments they are no party to.
 */
public class StreamNotFoundException extends RuntimeException {

    StreamNotFoundException(String message) {
        super(message, null, false, false);
    }
}
