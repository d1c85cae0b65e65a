package org.reviewdesk.gui.queue;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.reviewdesk.gui.task.BackgroundExecutor;
import org.reviewdesk.model.SemVer;
import org.reviewdesk.service.ReviewService;
import org.reviewdesk.model.library.PostSummary;
import org.reviewdesk.model.library.QueueFilter;
import org.reviewdesk.model.library.QueueSort;
import org.reviewdesk.model.library.SavedView;
import org.reviewdesk.model.library.TriageResult;
import org.reviewdesk.model.library.UndoToken;

/**
 * The review queue as plain properties: the filters, the rows of the pages loaded so far (never every row,
 * never a body), the live counts, triage with undo, and what the table's keys do ({@link QueueKeys}). Every
 * library call goes through the executor; a refresh that arrives after a newer one was asked for is dropped.
 */
public final class QueueViewModel {
    public static final int PAGE = 200;

    private final QueueAccess access;
    private final BackgroundExecutor executor;
    /** Reads the per-check counts (up to a second in a large library) beside the library thread. */
    private final BackgroundExecutor counting;
    private final QueueFilters filters = new QueueFilters();
    private final ObjectProperty<QueueSort> sort = new SimpleObjectProperty<>(this, "sort", QueueSort.PRIORITY);
    private final QueuePages pages;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyObjectWrapper<RefusedReview> refused = new ReadOnlyObjectWrapper<>(this, "refused");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final Deque<UndoToken> undo = new ArrayDeque<>();
    private final ObservableList<SavedView> views = FXCollections.observableArrayList();
    private final BooleanProperty showing = new SimpleBooleanProperty(this, "showing", true);
    private final ObjectProperty<LongConsumer> onOpen = new SimpleObjectProperty<>(this, "onOpen", id -> { });
    private final QueueKeys keys = new QueueKeys(this);

    public QueueViewModel(QueueAccess access, BackgroundExecutor executor) {
        this(access, executor, executor);
    }

    /**
     * A queue whose pages and triage go through {@code executor} (the library thread) and whose per-check counts are
     * read through {@code counting}: a header click or a page then never waits behind a count.
     */
    public QueueViewModel(QueueAccess access, BackgroundExecutor executor, BackgroundExecutor counting) {
        this.access = access;
        this.executor = executor;
        this.counting = counting;
        this.pages = new QueuePages(access, executor, counting, this::failed);
        showing.addListener((o, was, now) -> {
            if (now) refresh();
        });
    }

    /** The filters the queue shows; {@link #refresh} reads them. */
    public QueueFilters filters() {
        return filters;
    }

    /**
     * Whether the queue is on screen. While it is not, {@link #refresh} does nothing, and the queue refreshes when it
     * shows again: the library thread then never reads pages and counts nobody sees (after every save, a scan of
     * the queue index).
     */
    public BooleanProperty showingProperty() {
        return showing;
    }

    /** Loads the first page again for the current filters; an older answer still on its way is ignored. */
    public void refresh() {
        if (!showing.get()) return;
        QueueFilter f = filters.filter();
        pages.first(f, sort.get(), PAGE);
        filters.loadChoices(access, counting, f);
    }

    /**
     * Loads the first page in the current order (a header click): the filter's choices and counts do not depend on
     * the order and stay as they are.
     */
    public void refreshRows() {
        if (showing.get()) pages.first(filters.filter(), sort.get(), PAGE);
    }

    /** The next page, when the user scrolls near the end of what is loaded. */
    public void loadMore() {
        pages.more(filters.filter(), sort.get(), PAGE);
    }

    private void failed(Throwable e) {
        message.set("The queue could not be read: " + e.getMessage());
    }

    /**
     * Marks the posts reviewed that meet what "reviewed" requires; the others are refused, and {@link #refusedProperty}
     * then names them with every reason until {@link #markRefusedAnyway} or {@link #dismissRefusal}.
     */
    public void markReviewed(List<Long> ids, SemVer.Bump bumpOrNull) {
        submitReview(ids, bumpOrNull, null);
    }

    /**
     * Marks the refused posts reviewed all the same; their history keeps the reason and who gave it. A blank reason
     * is not one: nothing is marked and false is returned.
     */
    public boolean markRefusedAnyway(String reason) {
        RefusedReview r = refused.get();
        if (r == null) return false;
        if (reason == null || reason.isBlank()) {
            message.set("Marking reviewed anyway needs a reason.");
            return false;
        }
        refused.set(null);
        submitReview(r.refusals().stream().map(ReviewService.Refusal::postId).toList(), r.bump(), reason.strip());
        return true;
    }

    /** Leaves the refused posts as they are. */
    public void dismissRefusal() {
        refused.set(null);
    }

    /** Marks the post open in the editor, as of the row version the editor last read or saved. */
    public void markReviewedOpen(long id, long rowVersion) {
        submitReview(() -> access.markReviewedAt(id, rowVersion, null, null), null, null);
    }

    private void submitReview(List<Long> ids, SemVer.Bump bumpOrNull, String overrideReason) {
        if (ids.isEmpty()) return;
        submitReview(() -> access.markReviewed(ids, bumpOrNull, overrideReason), bumpOrNull, overrideReason);
    }

    private void submitReview(Supplier<TriageResult<ReviewService.Outcome>> call, SemVer.Bump bumpOrNull,
                              String overrideReason) {
        executor.submit(call::get, result -> {
            ReviewService.Outcome outcome = result.done() != null ? result.done()
                    : new ReviewService.Outcome(List.of(), List.of(), null);
            if (outcome.undo() != null) {
                undo.push(outcome.undo());
                canUndo.set(true);
            }
            message.set(ChangedSinceShown.reviewed(outcome, bumpOrNull, overrideReason != null)
                    + ChangedSinceShown.note(result.changed()));
            if (!outcome.refused().isEmpty()) refused.set(new RefusedReview(outcome.refused(), bumpOrNull));
            refresh();
        }, this::failed);
    }

    /** The posts the last "mark reviewed" refused, or null. */
    public ReadOnlyObjectProperty<RefusedReview> refusedProperty() {
        return refused.getReadOnlyProperty();
    }

    public void flagForReview(List<Long> ids) {
        triage(() -> access.flagForReview(ids), n -> n + " flagged for review");
    }

    public void assign(List<Long> ids, String name) {
        triage(() -> access.assign(ids, name), n -> n + " assigned to " + (name == null || name.isBlank() ? "nobody" : name));
    }

    public void setFreshness(List<Long> ids, int freshness) {
        triage(() -> access.setFreshness(ids, freshness), n -> n + " set to freshness " + freshness);
    }

    private void triage(Supplier<TriageResult<UndoToken>> action, java.util.function.IntFunction<String> done) {
        executor.submit(action::get, result -> {
            if (result.done() != null) {
                undo.push(result.done());
                canUndo.set(true);
            }
            int n = result.done() == null ? 0 : result.done().before().size();
            message.set(done.apply(n) + (n > 0 ? ". Undo with Ctrl+Z." : ".") + ChangedSinceShown.note(result.changed()));
            refresh();
        }, this::failed);
    }

    /** Puts back the posts of the last bulk action, as they were. */
    public void undo() {
        if (undo.isEmpty()) return;
        UndoToken token = undo.pop();
        canUndo.set(!undo.isEmpty());
        executor.submit(() -> {
            access.undo(token);
            return token;
        }, t -> {
            message.set("Undone: " + t.action() + " of " + t.before().size() + (t.before().size() == 1 ? " post" : " posts") + ".");
            refresh();
        }, this::failed);
    }

    /** What the keys of the queue's table do to the selection and the queue. */
    public QueueKeys keys() {
        return keys;
    }

    /** Opens a post in the editor (Enter or a double click on its row). */
    public void open(long id) {
        onOpen.get().accept(id);
    }

    /** What opening a post does; the window shows the editor with it. */
    public ObjectProperty<LongConsumer> onOpenProperty() {
        return onOpen;
    }

    public void export(Path file, boolean csv, Consumer<Integer> done) {
        QueueFilter f = filters.filter();
        QueueSort s = sort.get();
        executor.submit(() -> access.export(f, s, file, csv), n -> {
            message.set(String.format("%,d posts exported to %s", n, file));
            done.accept(n);
        }, this::failed);
    }

    public void loadViews() {
        executor.submit(access::views, views::setAll, this::failed);
    }

    /** Saves the current filters under a name (replacing a view of that name). */
    public void saveView(String name) {
        if (name == null || name.isBlank()) return;
        SavedView wanted = new SavedView(name.strip(), filters.filter(), sort.get());
        executor.submit(() -> {
            access.saveView(wanted);
            return access.views();
        }, list -> {
            views.setAll(list);
            message.set("View \u201c" + name.strip() + "\u201d saved.");
        }, this::failed);
    }

    public void deleteView(String name) {
        executor.submit(() -> {
            access.deleteView(name);
            return access.views();
        }, views::setAll, this::failed);
    }

    /** Puts a saved view's filters and order in place and reloads the queue. */
    public void apply(SavedView view) {
        filters.set(view.filter());
        sort.set(view.sort());
        message.set("View \u201c" + view.name() + "\u201d.");
        refresh();
    }

    public ObservableList<SavedView> views() {
        return views;
    }

    public ObjectProperty<QueueSort> sortProperty() {
        return sort;
    }

    public ObservableList<PostSummary> rows() {
        return pages.rows();
    }

    public ReadOnlyIntegerProperty totalProperty() {
        return pages.totalProperty();
    }

    public ReadOnlyStringProperty countsProperty() {
        return pages.countsProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }
}
