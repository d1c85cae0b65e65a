package org.reviewdesk.gui.editor;

import java.util.Set;
import java.util.TreeSet;
import javafx.animation.PauseTransition;
import javafx.util.Duration;

/**
 * The paragraphs whose marks are held back while the user types in them. RichTextFX draws a paragraph again at every
 * keystroke in it, and each mark on it is a run of text of its own with an underline or a background to lay out: a
 * paragraph carrying dozens of marks (a list of unknown names, a paragraph pasted in another language) took two to three
 * frames a keystroke. Such a paragraph is drawn with its Markdown highlighting only from the first keystroke in it until
 * typing pauses for {@link #PAUSE}; then its marks, moved with the edits, are drawn again. A paragraph with at most
 * {@link #MARKS_KEPT} marks keeps them while the user types, as most do.
 */
final class MarkHold {
    static final int MARKS_KEPT = 20;
    static final Duration PAUSE = Duration.millis(600);

    private Set<Integer> held = new TreeSet<>();
    private final PauseTransition pause = new PauseTransition(PAUSE);

    /** @param paused what to do once typing has paused with paragraphs held: draw their marks again */
    MarkHold(Runnable paused) {
        pause.setOnFinished(e -> paused.run());
    }

    boolean holds(int paragraph) {
        return held.contains(paragraph);
    }

    /**
     * An edit starting on {@code line} that removed text holding {@code removedBreaks} line breaks and inserted text
     * holding {@code insertedBreaks}, leaving {@code marksOnLine} marks on that line. Held paragraphs move with the
     * lines; one split or joined by the edit is no longer held, since its lines are styled again anyway.
     */
    void edited(int line, int removedBreaks, int insertedBreaks, int marksOnLine) {
        boolean withinLine = removedBreaks == 0 && insertedBreaks == 0;
        Set<Integer> moved = new TreeSet<>();
        for (int p : held) {
            if (p < line || (p == line && withinLine)) moved.add(p);
            else if (p > line + removedBreaks) moved.add(p + insertedBreaks - removedBreaks);
        }
        if (withinLine && marksOnLine > MARKS_KEPT) moved.add(line);
        held = moved;
        if (!held.isEmpty()) pause.playFromStart();
    }

    /** Typing paused, but the styles are not yet up to date: try again after another pause. */
    void waitAgain() {
        pause.playFromStart();
    }

    /** The held paragraphs, no longer held. */
    Set<Integer> release() {
        Set<Integer> was = held;
        held = new TreeSet<>();
        pause.stop();
        return was;
    }
}
