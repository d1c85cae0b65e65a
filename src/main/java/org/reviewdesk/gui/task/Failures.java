package org.reviewdesk.gui.task;

import java.util.concurrent.CompletionException;

/** Failures of background work as a user reads them. */
public final class Failures {
    private Failures() {
    }

    /** The message of the first cause that has one, past the wrappers the executors add; else the exception's name. */
    public static String message(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && (t.getMessage() == null || t instanceof CompletionException)) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
