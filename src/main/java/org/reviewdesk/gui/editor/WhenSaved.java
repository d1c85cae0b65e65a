package org.reviewdesk.gui.editor;

/** Actions waiting for the saves in flight to finish: each runs once, in the order they were added. */
final class WhenSaved {
    private Runnable pending = () -> { };

    void add(Runnable action) {
        Runnable before = pending;
        pending = () -> {
            before.run();
            action.run();
        };
    }

    /** Runs what waits and forgets it; an action that adds another waits for the next run. */
    void runAll() {
        Runnable due = pending;
        pending = () -> { };
        due.run();
    }
}
