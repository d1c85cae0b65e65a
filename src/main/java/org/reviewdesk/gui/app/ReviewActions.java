package org.reviewdesk.gui.app;

import java.util.OptionalLong;
import java.util.function.Supplier;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import org.reviewdesk.gui.queue.QueueView;
import org.reviewdesk.gui.queue.QueueViewModel;

/**
 * Reviewing from the editor: mark the open post reviewed (refused with its reasons as in the queue), and go on to the
 * next post of the queue as it is filtered and sorted, saving first.
 */
final class ReviewActions {
    private final DeskViewModel desk;
    private final Supplier<QueueView> queueView;
    private final Runnable showQueue;
    private final DeskDialogs dialogs;

    ReviewActions(DeskViewModel desk, Supplier<QueueView> queueView, Runnable showQueue, DeskDialogs dialogs) {
        this.desk = desk;
        this.queueView = queueView;
        this.showQueue = showQueue;
        this.dialogs = dialogs;
    }

    Menu menu() {
        return new Menu("_Review", null,
                item("Mark _reviewed", "Shortcut+Shift+M", () -> next(true, false)),
                item("_Next in queue", "Shortcut+ENTER", () -> next(false, true)),
                item("Mark reviewed and go to the ne_xt", "Shortcut+Shift+ENTER", () -> next(true, true)));
    }

    private static MenuItem item(String text, String keys, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setAccelerator(KeyCombination.keyCombination(keys));
        item.setOnAction(e -> action.run());
        return item;
    }

    /**
     * Saves the open post, marks it reviewed when {@code mark} (a refusal shows its reasons, as in the queue), and
     * with {@code next} opens the post after it in the queue; a queue not loaded yet is shown instead.
     */
    void next(boolean mark, boolean next) {
        QueueViewModel queue = desk.queue();
        if (queue == null) return;
        boolean open = desk.editor().hasOpenPost();
        if (!open && !next) return;
        long id = open ? desk.editor().openPostId() : -1;
        queueView.get();
        desk.editor().saveNow(() -> {
            // As the editor holds it, just saved: the queue may never have shown it, or shown it before this edit.
            if (mark && open) queue.markReviewedOpen(id, desk.editor().openRowVersion());
            if (!next) return;
            if (queue.rows().isEmpty()) {
                showQueue.run();
                return;
            }
            OptionalLong after = queue.keys().nextAfter(id);
            if (after.isPresent()) queue.open(after.getAsLong());
            else dialogs.notice("That was the last post of the queue as it is filtered.");
        });
    }
}
