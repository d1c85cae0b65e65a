package org.reviewdesk.gui.comments;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.reviewdesk.gui.task.BackgroundExecutor;
import org.reviewdesk.model.library.PostComment;

/**
 * The Comments panel of the open post: its threads (open first), the one composer that writes a new comment, a reply
 * or an edit, and the commands on a thread. Every library call goes through the background executor; every write
 * first lets the window save the open post ({@link #beforeWriteProperty}), so that the stored body, whose offsets the
 * comment's anchor uses, is the text the user sees.
 */
public final class CommentsViewModel {
    /** What the composer is writing. */
    public enum Mode { NONE, NEW, REPLY, EDIT }

    /** The composer's target: a span of the body for a new comment, or the comment replied to or edited. */
    public record Target(Mode mode, int start, int end, String quote, long commentId) {
        static final Target NONE = new Target(Mode.NONE, 0, 0, "", 0);
    }

    private final CommentsAccess access;
    private final BackgroundExecutor executor;
    private final ObservableList<PostComment> threads = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Target> target = new ReadOnlyObjectWrapper<>(Target.NONE);
    private final StringProperty draft = new SimpleStringProperty("");
    private final ObjectProperty<Consumer<String>> onNotice = new SimpleObjectProperty<>(m -> { });
    private final ObjectProperty<Consumer<Runnable>> beforeWrite = new SimpleObjectProperty<>(Runnable::run);
    private final ObjectProperty<Consumer<List<PostComment>>> onPlaced = new SimpleObjectProperty<>(t -> { });
    private long postId = -1;
    /** Counts the loads asked for: an answer to an older one (another post was opened since) is dropped. */
    private long generation;

    public CommentsViewModel(CommentsAccess access, BackgroundExecutor executor) {
        this.access = access;
        this.executor = executor;
    }

    public ObservableList<PostComment> threads() {
        return threads;
    }

    /** "2 open comments · 1 resolved", or "No comments". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Target> targetProperty() {
        return target.getReadOnlyProperty();
    }

    /** The composer's text. */
    public StringProperty draftProperty() {
        return draft;
    }

    public ObjectProperty<Consumer<String>> onNoticeProperty() {
        return onNotice;
    }

    /** Runs its argument once the open post is saved (the window's save); by default at once. */
    public ObjectProperty<Consumer<Runnable>> beforeWriteProperty() {
        return beforeWrite;
    }

    /** Told the threads after a load whose anchors match the editor's text: opening a post, or after a write. */
    public ObjectProperty<Consumer<List<PostComment>>> onPlacedProperty() {
        return onPlaced;
    }

    public long postId() {
        return postId;
    }

    /**
     * Shows the comments of another post (negative: none); the composer is closed. The last post's comments leave at
     * once: listed while this post's are read, a click on one would select its offsets in this post's text.
     */
    public void show(long id) {
        if (id != postId) {
            threads.clear();
            summary.set(id < 0 ? "" : "reading\u2026");
        }
        postId = id;
        cancel();
        load(true);
    }

    /**
     * Reads the comments again after the post was saved: the anchors were carried through the edit in the store; the
     * editor has moved its marks itself, so they are not placed again.
     */
    public void saved(long id) {
        if (id == postId) load(false);
    }

    /** Reads the open post's comments again (the command line may have changed them); the marks stay as they are. */
    public void reload() {
        if (postId >= 0) load(false);
    }

    private void load(boolean place) {
        long asked = ++generation;
        long id = postId;
        if (id < 0) {
            apply(List.of(), place);
            return;
        }
        executor.submit(() -> access.list(id), loaded -> {
            if (asked == generation) apply(loaded, place);
        }, this::failed);
    }

    private void apply(List<PostComment> loaded, boolean place) {
        // Read again after every change of the library: the same comments leave the list (and its selection) alone.
        if (!threads.equals(loaded)) threads.setAll(loaded);
        long open = loaded.stream().filter(c -> !c.resolved()).count();
        long resolved = loaded.size() - open;
        summary.set(loaded.isEmpty() ? "No comments" : open + (open == 1 ? " open comment" : " open comments")
                + (resolved > 0 ? " \u00b7 " + resolved + " resolved" : ""));
        if (place) onPlaced.get().accept(List.copyOf(loaded));
    }

    /** Opens the composer for a new comment on characters {@code [start, end)} of the editor's text. */
    public void startNew(int start, int end, String quote) {
        if (postId < 0 || end <= start) {
            onNotice.get().accept("Select the text to comment on first.");
            return;
        }
        open(new Target(Mode.NEW, start, end, quote, 0), "");
    }

    public void startReply(PostComment c) {
        open(new Target(Mode.REPLY, 0, 0, "", c.id()), "");
    }

    public void startEdit(PostComment c) {
        open(new Target(Mode.EDIT, 0, 0, "", c.id()), c.text());
    }

    private void open(Target t, String text) {
        draft.set(text);
        target.set(t);
    }

    public void cancel() {
        target.set(Target.NONE);
        draft.set("");
    }

    /** Writes what the composer holds; empty text writes nothing. */
    public void submit() {
        Target t = target.get();
        String text = draft.get() == null ? "" : draft.get().strip();
        if (t.mode() == Mode.NONE) return;
        if (text.isEmpty()) {
            onNotice.get().accept("Write the comment first.");
            return;
        }
        long id = postId;
        cancel();
        switch (t.mode()) {
            case NEW -> write(() -> access.add(id, t.start(), t.end(), t.quote(), text));
            case REPLY -> write(() -> access.reply(t.commentId(), text));
            case EDIT -> write(() -> access.edit(t.commentId(), text));
            default -> { }
        }
    }

    public void resolve(PostComment c) {
        write(() -> c.resolved() ? access.reopen(c.id()) : access.resolve(c.id()));
    }

    public void delete(PostComment c) {
        write(() -> {
            access.delete(c.id());
            return null;
        });
    }

    private void write(Callable<?> work) {
        beforeWrite.get().accept(() -> executor.submit(work, done -> load(true), this::failed));
    }

    private void failed(Throwable e) {
        onNotice.get().accept("The comments could not be " + (e instanceof IllegalArgumentException ? "changed: " : "read: ")
                + e.getMessage());
    }
}
