package org.reviewdesk.gui.review;

import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.reviewdesk.gui.task.BackgroundExecutor;
import org.reviewdesk.service.ReviewService;

/**
 * The library's review checklist for the open post: each item and whether it is ticked, and ticking, which the
 * post's history records. Library work runs on the executor; an answer for a post no longer shown is dropped.
 */
public final class ReviewChecklistViewModel {
    private final Supplier<ReviewService> reviews;
    private final BackgroundExecutor executor;
    private final ObservableList<ReviewService.ChecklistItem> items = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private String reference;
    private long generation;

    /** @param reviews the review service, asked for on the executor only (it may wait for the library to open) */
    public ReviewChecklistViewModel(Supplier<ReviewService> reviews, BackgroundExecutor executor) {
        this.reviews = reviews;
        this.executor = executor;
    }

    /** Shows the checklist of the post with this reference; null shows none. */
    public void show(String postReference) {
        // The last post's ticks must not stand for this post's while they are read.
        if (!java.util.Objects.equals(postReference, reference)) items.clear();
        reference = postReference;
        long mine = ++generation;
        if (postReference == null) {
            items.clear();
            message.set("");
            return;
        }
        executor.submit(() -> reviews.get().checklist(postReference), list -> {
            if (mine != generation) return;
            items.setAll(list);
            message.set(list.isEmpty() ? "This library has no review checklist "
                    + "(review-desk settings review-checklist add TEXT)." : "");
        }, this::failed);
    }

    /**
     * Ticks or unticks an item on the shown post, then shows the checklist as stored, unless another post was opened
     * meanwhile: its checklist stays.
     */
    public void setTicked(String item, boolean ticked) {
        String ref = reference;
        if (ref == null) return;
        executor.submit(() -> reviews.get().tick(ref, item, ticked), changed -> showIfStill(ref), e -> {
            failed(e);
            showIfStill(ref);
        });
    }

    private void showIfStill(String ref) {
        if (java.util.Objects.equals(ref, reference)) show(ref);
    }

    private void failed(Throwable e) {
        message.set("The review checklist could not be read or changed: " + e.getMessage());
    }

    public ObservableList<ReviewService.ChecklistItem> items() {
        return items;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
