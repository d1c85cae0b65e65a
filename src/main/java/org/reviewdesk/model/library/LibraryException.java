package org.reviewdesk.model.library;

/** A library that cannot be opened or used; the message names the folder and says what to do. */
public class LibraryException extends Exception {
    private static final long serialVersionUID = 1L;

    public LibraryException(String message) {
        super(message);
    }

    public LibraryException(String message, Throwable cause) {
        super(message, cause);
    }
}
