package org.reviewdesk.gui.editor;

/** What the status bar says about the open post. */
public enum SaveState {
    NOTHING_OPEN(""),
    SAVED("Saved"),
    UNSAVED("Unsaved changes"),
    SAVING("Saving\u2026"),
    FAILED("Save failed"),
    /** Saved, except the text of fields that break their rule: kept as drafts, with the last valid values stored. */
    FIELD_ERRORS("Not saved");

    private final String label;

    SaveState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
