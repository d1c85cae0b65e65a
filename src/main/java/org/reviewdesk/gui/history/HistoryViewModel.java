package org.reviewdesk.gui.history;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.reviewdesk.gui.task.BackgroundExecutor;
import org.reviewdesk.model.SemVer;
import org.reviewdesk.service.RevisionDiff;
import org.reviewdesk.service.RevisionService;
import org.reviewdesk.model.library.RevisionInfo;
import org.reviewdesk.model.library.StoredPost;

/**
 * A post's revisions: the list, a diff of one against the post as it is now (the newest, until another is chosen) or
 * of any two, taking back one change of the body or one meta field from the revision compared with now, a version
 * bump with a note, and restoring an older revision as a new one. Library work runs on the executor.
 */
public final class HistoryViewModel {
    /** The "version" that stands for the post as it is now. */
    public static final String CURRENT = RevisionService.CURRENT;
    /** The id {@link #comparedRevisionProperty()} holds while nothing is compared. */
    public static final long NONE = -1;

    private final RevisionService revisions;
    private final BackgroundExecutor executor;
    private final String reference;
    private final ObservableList<RevisionInfo> history = FXCollections.observableArrayList();
    private final ObjectProperty<RevisionDiff> diff = new SimpleObjectProperty<>(this, "diff");
    private final ReadOnlyStringWrapper currentVersion = new ReadOnlyStringWrapper(this, "currentVersion", "");
    private final ReadOnlyStringWrapper comments = new ReadOnlyStringWrapper(this, "comments", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyLongWrapper comparedRevision = new ReadOnlyLongWrapper(this, "comparedRevision", NONE);
    private final ReadOnlyBooleanWrapper withCurrent = new ReadOnlyBooleanWrapper(this, "withCurrent");
    /** The row version of the post the shown comparison with now was made against; a take-back expects it. */
    private long comparedRowVersion;

    public HistoryViewModel(RevisionService revisions, BackgroundExecutor executor, String reference) {
        this.revisions = revisions;
        this.executor = executor;
        this.reference = reference;
    }

    /**
     * Reads the history again and compares again: the revision compared with now stays compared; when none was, the
     * newest is compared with now.
     */
    public void refresh() {
        executor.submit(() -> new Object[] {revisions.history(reference), version()}, r -> {
            @SuppressWarnings("unchecked")
            List<RevisionInfo> list = (List<RevisionInfo>) r[0];
            history.setAll(list);
            currentVersion.set((String) r[1]);
            long again = list.stream().anyMatch(i -> i.id() == comparedRevision.get()) ? comparedRevision.get()
                    : list.isEmpty() ? NONE : list.get(0).id();
            if (again != NONE && (withCurrent.get() || comparedRevision.get() == NONE)) compareWithCurrent(again);
        }, this::failed);
    }

    /** Compares revision {@code revisionId} with the post as it is now; its changes can then be taken back. */
    public void compareWithCurrent(long revisionId) {
        executor.submit(() -> revisions.compareWithCurrent(reference, revisionId), c -> {
            comparedRowVersion = c.rowVersion();
            comparedRevision.set(revisionId);
            withCurrent.set(true);
            diff.set(c.diff());
        }, this::failed);
        executor.submit(() -> revisions.commentsThenAndNow(reference, revisionId), comments::set, this::failed);
    }

    /** The comment threads at the compared revision and now ("comments at 1.2.0: 2 open, 1 resolved · now: …"). */
    public ReadOnlyStringProperty commentsProperty() {
        return comments.getReadOnlyProperty();
    }

    /** Compares two revisions with each other, the older first; nothing can be taken back from such a comparison. */
    public void compareRevisions(long olderId, long newerId) {
        executor.submit(() -> revisions.compareRevisions(reference, olderId, newerId), d -> {
            comparedRevision.set(olderId);
            withCurrent.set(false);
            diff.set(d);
        }, this::failed);
    }

    /** Puts change {@code hunk} of the body, as {@link RevisionDiff#hunks()} orders them, back from the compared revision. */
    public void takeBack(int hunk, Runnable done) {
        long from = comparedRevision.get();
        long expected = comparedRowVersion;
        taken(() -> revisions.takeBack(reference, from, hunk, expected), "Took change " + (hunk + 1) + " back", done);
    }

    /** Puts the meta field at {@code path} back from the compared revision. */
    public void takeBackField(String path, Runnable done) {
        long from = comparedRevision.get();
        long expected = comparedRowVersion;
        taken(() -> revisions.takeBackField(reference, from, path, expected), "Took " + path + " back", done);
    }

    private void taken(java.util.concurrent.Callable<StoredPost> work, String what, Runnable done) {
        if (!withCurrent.get()) {
            message.set("Compare one revision with now to take a change back.");
            return;
        }
        executor.submit(work, p -> {
            message.set(what + " as a new revision.");
            refresh();
            done.run();
        }, this::refusedOrFailed);
    }

    /**
     * A take-back refused because the post was saved elsewhere since this window read it (the command line, another
     * window): the window reads it again, so the comparison shown is the one a retry would act on.
     */
    private void refusedOrFailed(Throwable e) {
        if (!(e instanceof org.reviewdesk.service.PostChangedException)) {
            failed(e);
            return;
        }
        message.set("Nothing was taken back: the post was saved elsewhere since this window read it. The history and"
                + " the comparison are read again; take the change back again if it still applies.");
        refresh();
    }

    private String version() {
        SemVer v = revisions.find(reference).post().meta().revisionOrEmpty().version();
        return v == null ? "" : v.toString();
    }

    /** Compares two versions; {@link #CURRENT} stands for the post as it is now. */
    public void compare(String from, String to) {
        executor.submit(() -> {
            var a = CURRENT.equals(from) ? revisions.find(reference).post() : revisions.postAt(reference, from);
            var b = CURRENT.equals(to) ? revisions.find(reference).post() : revisions.postAt(reference, to);
            return RevisionService.diff(a, b, from, to);
        }, diff::set, this::failed);
    }

    public void bump(SemVer.Bump kind, String note, Consumer<String> done) {
        executor.submit(() -> revisions.bump(reference, kind, note), p -> {
            String v = String.valueOf(p.post().meta().revisionOrEmpty().version());
            message.set("Bumped to " + v + ".");
            refresh();
            done.accept(v);
        }, this::failed);
    }

    /**
     * Restores the revision itself, by its number: two revisions may share a version (a bump after an import of the
     * same version, a take-back), and an auto, kept or conflict revision has none.
     */
    public void restore(RevisionInfo revision, Consumer<String> done) {
        executor.submit(() -> revisions.restore(reference, "#" + revision.id()), p -> {
            String v = String.valueOf(p.post().meta().revisionOrEmpty().version());
            message.set("Restored " + RevisionService.label(revision) + " as " + v + "; nothing was overwritten.");
            refresh();
            done.accept(v);
        }, this::failed);
    }

    private void failed(Throwable e) {
        message.set(e.getMessage());
    }

    public ObservableList<RevisionInfo> history() {
        return history;
    }

    public ObjectProperty<RevisionDiff> diffProperty() {
        return diff;
    }

    public ReadOnlyStringProperty currentVersionProperty() {
        return currentVersion.getReadOnlyProperty();
    }

    /** The revision compared (the older one of two), or {@link #NONE}. */
    public ReadOnlyLongProperty comparedRevisionProperty() {
        return comparedRevision.getReadOnlyProperty();
    }

    /** True while the diff compares a revision with the post as it is now, so that its changes can be taken back. */
    public ReadOnlyBooleanProperty withCurrentProperty() {
        return withCurrent.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
