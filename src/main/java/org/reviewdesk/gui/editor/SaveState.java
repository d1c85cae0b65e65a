package org.reviewdesk.gui.editor;

/** What the status bar says about the open post. */
public enum SaveState {
    NOTHING_OPEN(""),
    SAVED("Saved"),
    UNSAVED("Unsaved changes"),
    SAVING("Saving\u2026"),
    FAILED("Save failed");

    private final String label;

    SaveState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
