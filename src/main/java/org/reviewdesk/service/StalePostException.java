package org.reviewdesk.service;

/** Another writer saved the post since it was read; {@code current} is what the library holds now. */
public final class StalePostException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient EditedPost current;

    public StalePostException(EditedPost current) {
        super("the post \"" + current.post().title() + "\" was saved by someone else in the meantime");
        this.current = current;
    }

    public EditedPost current() {
        return current;
    }
}
