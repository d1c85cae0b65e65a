package org.reviewdesk.gui.editor;

/**
 * The order of the editor's saves: one at a time, a save asked for while one is on its way runs right after it, and
 * what waits for the saves (closing the window, opening the history) runs once none is left or one failed.
 */
final class SaveSequence {
    private final WhenSaved waiting = new WhenSaved();
    private boolean saving;
    private boolean again;

    boolean saving() {
        return saving;
    }

    /** Nothing needs saving: {@code then} runs now, or after the save on its way. */
    void nothingToSave(Runnable then) {
        if (!saving) then.run();
        else waiting.add(then);
    }

    /** A save is needed: true when it starts now, false when it is to follow the one on its way. */
    boolean start(Runnable then) {
        waiting.add(then);
        if (saving) {
            again = true;
            return false;
        }
        saving = true;
        return true;
    }

    /** The save on its way came back, stored or not. */
    void ended() {
        saving = false;
    }

    /** After a stored save: true when another is to start at once; otherwise what waited runs. */
    boolean next() {
        if (again) {
            again = false;
            return true;
        }
        if (!saving) waiting.runAll();
        return false;
    }

    /** After a failed save: none follows, and what waited runs. */
    void failed() {
        again = false;
        waiting.runAll();
    }

    /** Another post was loaded: a save asked for the edits of the one before is not needed any more. */
    void dropFollowUp() {
        again = false;
    }
}
