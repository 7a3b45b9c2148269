package com.foretaste.infrastructure.web;

import java.io.IOException;

/** A request body over the platform's limit: answered 413 and never read further. */
public class BodyTooLargeException extends IOException {

    BodyTooLargeException(long limit) {
        super("The request body is over the limit of " + limit + " bytes.");
    }
}
