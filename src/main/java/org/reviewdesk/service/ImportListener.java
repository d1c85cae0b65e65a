package org.reviewdesk.service;

/** Hears each file of an import as it is done, in the order of the files; called on the import's thread. */
@FunctionalInterface
public interface ImportListener {
    ImportListener NONE = (done, total, outcome) -> { };

    void fileDone(int done, int total, FileOutcome outcome);

    /**
     * Every file is done, and the import still has {@code what} to do before it returns (the library's indexes,
     * after a large import: seconds at 100,000 posts).
     */
    default void finishing(String what) {
    }
}
