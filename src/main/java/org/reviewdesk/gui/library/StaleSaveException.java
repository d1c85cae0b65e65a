package org.reviewdesk.gui.library;

/** Another writer saved the post first; {@code current} is what is stored now. */
public final class StaleSaveException extends Exception {
    private final transient OpenedPost current;

    public StaleSaveException(OpenedPost current) {
        super("Someone else saved \"" + current.post().title() + "\" in the meantime");
        this.current = current;
    }

    public OpenedPost current() {
        return current;
    }
}
