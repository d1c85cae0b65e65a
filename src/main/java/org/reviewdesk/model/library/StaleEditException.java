package org.reviewdesk.model.library;

/** A save that lost the race with another writer; carries what the library holds now, so both texts can be kept. */
public final class StaleEditException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient StoredPost current;

    public StaleEditException(StoredPost current) {
        super("the post '" + current.post().reference() + "' was changed by someone else (now at row version "
                + current.rowVersion() + ")");
        this.current = current;
    }

    public StoredPost current() {
        return current;
    }
}
