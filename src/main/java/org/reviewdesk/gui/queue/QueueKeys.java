package org.reviewdesk.gui.queue;

import java.util.List;
import java.util.OptionalInt;

/**
 * What a key of the queue's table does to the selection and the queue, without the toolkit: the view maps key codes
 * to a {@link Key}, hands over its selection, and selects the row it is told.
 */
public final class QueueKeys {
    private final QueueViewModel queue;

    QueueKeys(QueueViewModel queue) {
        this.queue = queue;
    }

    /** The keys of the queue's table, each with its key combination (JavaFX's syntax) and what it does. */
    public enum Key {
        NEXT("J", "the next post of the queue", true),
        PREVIOUS("K", "the previous post of the queue", true),
        OPEN("Enter", "opens the selected post in the editor", false),
        MARK_REVIEWED("R", "marks the selected posts reviewed and goes on to the next", true),
        UNDO("Shortcut+Z", "undoes the queue's last bulk action", false);

        private final String combination;
        private final String purpose;
        private final boolean movesSelection;

        Key(String combination, String purpose, boolean movesSelection) {
            this.combination = combination;
            this.purpose = purpose;
            this.movesSelection = movesSelection;
        }

        /** The key combination, as {@code KeyCombination.keyCombination} reads it. */
        public String combination() {
            return combination;
        }

        public String purpose() {
            return purpose;
        }

        /** Whether the table selects the row {@link #press} returns; otherwise its selection stays as it is. */
        public boolean movesSelection() {
            return movesSelection;
        }
    }

    /**
     * The post after {@code openId} in the queue as loaded, in its order; the first when {@code openId} is not in it,
     * empty when it is the last or the queue is empty.
     */
    public java.util.OptionalLong nextAfter(long openId) {
        var rows = queue.rows();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).id() == openId) {
                return i + 1 < rows.size() ? java.util.OptionalLong.of(rows.get(i + 1).id()) : java.util.OptionalLong.empty();
            }
        }
        return rows.isEmpty() ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(rows.get(0).id());
    }

    /**
     * Does what {@code key} means: {@code selectedRow} is the row the selection is on (-1 for none),
     * {@code selectedIds} every selected post. Returns the row the table shows next, to select when the key
     * {@linkplain Key#movesSelection moves the selection}; empty when the key means nothing with this selection.
     */
    public OptionalInt press(Key key, int selectedRow, List<Long> selectedIds) {
        int last = queue.rows().size() - 1;
        return switch (key) {
            case NEXT -> OptionalInt.of(Math.min(last, selectedRow + 1));
            case PREVIOUS -> OptionalInt.of(Math.max(0, selectedRow - 1));
            case OPEN -> {
                if (selectedRow < 0 || selectedRow > last) yield OptionalInt.empty();
                queue.open(queue.rows().get(selectedRow).id());
                yield OptionalInt.of(selectedRow);
            }
            case MARK_REVIEWED -> {
                if (selectedIds.isEmpty()) yield OptionalInt.empty();
                queue.markReviewed(selectedIds, null);
                yield OptionalInt.of(Math.min(last, selectedRow + 1));
            }
            case UNDO -> {
                queue.undo();
                yield OptionalInt.of(selectedRow);
            }
        };
    }
}
