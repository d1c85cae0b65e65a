package org.reviewdesk.service;

/** A reference or version that the library does not have; the message says which. */
public final class PostNotFoundException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PostNotFoundException(String message) {
        super(message);
    }
}
