package org.reviewdesk.gui.history;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
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

/**
 * A post's revisions: the list, a diff of any two (or of one against the current state), a version bump
 * with a note, and restoring an older revision as a new one. Library work runs on the executor.
 */
public final class HistoryViewModel {
    /** The "version" that stands for the post as it is now. */
    public static final String CURRENT = "current";

    private final RevisionService revisions;
    private final BackgroundExecutor executor;
    private final String reference;
    private final ObservableList<RevisionInfo> history = FXCollections.observableArrayList();
    private final ObjectProperty<RevisionDiff> diff = new SimpleObjectProperty<>(this, "diff");
    private final ReadOnlyStringWrapper currentVersion = new ReadOnlyStringWrapper(this, "currentVersion", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    public HistoryViewModel(RevisionService revisions, BackgroundExecutor executor, String reference) {
        this.revisions = revisions;
        this.executor = executor;
        this.reference = reference;
    }

    public void refresh() {
        executor.submit(() -> new Object[] {revisions.history(reference), version()}, r -> {
            @SuppressWarnings("unchecked")
            List<RevisionInfo> list = (List<RevisionInfo>) r[0];
            history.setAll(list);
            currentVersion.set((String) r[1]);
        }, this::failed);
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

    public void restore(String version, Consumer<String> done) {
        executor.submit(() -> revisions.restore(reference, version), p -> {
            String v = String.valueOf(p.post().meta().revisionOrEmpty().version());
            message.set("Restored " + version + " as " + v + "; nothing was overwritten.");
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

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
