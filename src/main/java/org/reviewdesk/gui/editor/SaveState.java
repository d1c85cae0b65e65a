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

    /**
     * The state of the editor's post: whether one is open, a save is on its way, its text differs from what is
     * stored, the last save failed, and fields were stored only as drafts.
     */
    static SaveState of(boolean open, boolean saving, boolean dirty, boolean failed, boolean fieldDrafts) {
        if (!open) return NOTHING_OPEN;
        if (saving) return SAVING;
        if (dirty && failed) return FAILED;
        if (dirty) return UNSAVED;
        if (fieldDrafts) return FIELD_ERRORS;
        return SAVED;
    }

    /** As the status bar words it: a failure with its reason, field errors with how many fields have them. */
    String status(String error, int draftFields) {
        return switch (this) {
            case FAILED -> label + ": " + error;
            case FIELD_ERRORS -> label + ": " + (draftFields == 1 ? "1 field has an error" : draftFields + " fields have errors");
            default -> label;
        };
    }
}
