package org.reviewdesk.service;

/**
 * A write refused because the post changed between its read and its write (another window, command or machine saved
 * it); nothing was written. The command line exits with its own code for it.
 */
public final class PostChangedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PostChangedException(String reference, long read, long now) {
        super("post '" + reference + "' changed since it was read (row version " + read + " read, " + now
                + " now); nothing was written: read it again and retry");
    }

    /** A post, named as the message should name it, that changed; {@code how} says when. */
    public PostChangedException(String post, String how) {
        super("post " + post + " " + how + "; nothing was written: try again");
    }
}
