package org.reviewdesk.service;

/** Hears each file of an import as it is done, in the order of the files; called on the import's thread. */
@FunctionalInterface
public interface ImportListener {
    ImportListener NONE = (done, total, outcome) -> { };

    void fileDone(int done, int total, FileOutcome outcome);
}
