package org.reviewdesk.gui.conflict;

import java.util.function.BiConsumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.reviewdesk.gui.library.ConflictAccess;
import org.reviewdesk.gui.library.OpenedPost;
import org.reviewdesk.gui.library.SaveConflict;
import org.reviewdesk.gui.library.StaleSaveException;
import org.reviewdesk.gui.task.BackgroundExecutor;
import org.reviewdesk.gui.task.Failures;
import org.reviewdesk.service.ConflictService;

/**
 * A save refused because someone else saved the post first: what each side changed since the version this editor
 * read (the common revision, kept here), and the three ways out: keep mine as a new revision, take theirs, or merge
 * when no change overlaps. Whichever text does not become the post is kept in its history. Library work runs on the
 * executor; {@code settled} receives the post as stored and a sentence for the user.
 */
public final class ConflictViewModel {
    private final ConflictAccess library;
    private final BackgroundExecutor executor;
    private final BiConsumer<OpenedPost, String> settled;
    private final ReadOnlyObjectWrapper<SaveConflict> conflict = new ReadOnlyObjectWrapper<>(this, "conflict");
    private final ReadOnlyObjectWrapper<ConflictService.Comparison> comparison = new ReadOnlyObjectWrapper<>(this, "comparison");
    private final ReadOnlyBooleanWrapper canMerge = new ReadOnlyBooleanWrapper(this, "canMerge");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper done = new ReadOnlyBooleanWrapper(this, "done");
    private final ReadOnlyStringWrapper mergeNote = new ReadOnlyStringWrapper(this, "mergeNote", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    public ConflictViewModel(ConflictAccess library, BackgroundExecutor executor, SaveConflict conflict,
                             BiConsumer<OpenedPost, String> settled) {
        this.library = library;
        this.executor = executor;
        this.settled = settled;
        this.conflict.set(conflict);
    }

    /** The conflict as it stands: the common revision, mine, and theirs (newer when they saved again meanwhile). */
    public ReadOnlyObjectProperty<SaveConflict> conflictProperty() {
        return conflict.getReadOnlyProperty();
    }

    /** What mine and theirs each changed since the common revision, and their merge; null until compared. */
    public ReadOnlyObjectProperty<ConflictService.Comparison> comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }

    /** True when no change of mine overlaps one of theirs, so that "Merge" can take both. */
    public ReadOnlyBooleanProperty canMergeProperty() {
        return canMerge.getReadOnlyProperty();
    }

    /** True once a choice was carried out: the dialog closes. */
    public ReadOnlyBooleanProperty doneProperty() {
        return done.getReadOnlyProperty();
    }

    /** True while a choice is being carried out: the choices wait. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** What a merge would do, or which parts overlap so that it cannot. */
    public ReadOnlyStringProperty mergeNoteProperty() {
        return mergeNote.getReadOnlyProperty();
    }

    /** A failure, or that they saved again while the user chose. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public String title() {
        return conflict.get().mine().title();
    }

    /** Compares mine and theirs with the common revision (off the FX thread: a long body takes a while). */
    public void compare() {
        SaveConflict c = conflict.get();
        // Until this comparison is done there is none: a merge built on their older version would drop their newest edits.
        comparison.set(null);
        canMerge.set(false);
        mergeNote.set("Comparing the two versions\u2026");
        executor.submit(() -> ConflictService.compare(c.base().post(), c.mine(), c.theirs().post()), done -> {
            if (conflict.get() != c) return;
            comparison.set(done);
            canMerge.set(done.merge().clean());
            mergeNote.set(done.merge().clean()
                    ? "Merge keeps their changes and yours: none of them overlap."
                    : "Merge is not possible: you both changed " + String.join("; ", done.merge().overlaps())
                    + ". Keep yours or take theirs; the other stays in the post's history.");
        }, e -> message.set("Could not compare the two versions: " + Failures.message(e)));
    }

    /** Saves mine over theirs; theirs is kept as a revision. */
    public void keepMine() {
        SaveConflict c = conflict.get();
        run(() -> library.keepMine(c.theirs(), c.mine(), c.myDrafts()),
                "Your version of \u201c" + title() + "\u201d is saved; theirs is kept in its history.");
    }

    /** The editor shows theirs; mine is kept as a revision. */
    public void takeTheirs() {
        SaveConflict c = conflict.get();
        run(() -> library.takeTheirs(c.theirs().id(), c.mine()), "The editor shows their version of \u201c"
                + c.theirs().post().title() + "\u201d. Yours is kept in its history (History and versions, kind \u201c"
                + ConflictService.KIND + "\u201d).");
    }

    /** Saves the merge of both over theirs; theirs as it was is kept as a revision. Does nothing while it overlaps. */
    public void merge() {
        ConflictService.Comparison done = comparison.get();
        if (done == null || !done.merge().clean()) return;
        SaveConflict c = conflict.get();
        run(() -> library.merge(c.theirs(), done.merge().merged(), c.myDrafts()), "\u201c" + title()
                + "\u201d is saved with their changes and yours; their version before the merge is kept in its history.");
    }

    private interface Choice {
        OpenedPost apply() throws StaleSaveException;
    }

    private void run(Choice choice, String notice) {
        if (busy.get()) return;
        busy.set(true);
        message.set("");
        executor.submit(choice::apply, stored -> {
            busy.set(false);
            done.set(true);
            settled.accept(stored, notice);
        }, this::failed);
    }

    private void failed(Throwable e) {
        busy.set(false);
        if (e instanceof StaleSaveException again) {
            conflict.set(conflict.get().withTheirs(again.current()));
            message.set("They saved again while you chose: the comparison now shows their newest version.");
            compare();
        } else {
            message.set("Nothing was changed: " + Failures.message(e));
        }
    }
}
