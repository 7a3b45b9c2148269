package com.foretaste.infrastructure.web;

/**
 * The resource does not exist, or the caller's organisation may not see it: the two are answered
 * alike so that nobody learns of agreements they are no party to.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message, null, false, false);
    }
}
