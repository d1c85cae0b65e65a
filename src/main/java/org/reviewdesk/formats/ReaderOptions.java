package org.reviewdesk.formats;

/** Choices a user makes for an import. */
public record ReaderOptions(boolean splitRelated) {
    public static final ReaderOptions DEFAULT = new ReaderOptions(false);
}
