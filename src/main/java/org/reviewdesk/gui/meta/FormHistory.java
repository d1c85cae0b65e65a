package org.reviewdesk.gui.meta;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/** The meta form's undo steps: consecutive changes of one field are one step. */
final class FormHistory {
    private final Deque<MetaPanelViewModel.FormSnapshot> steps = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private String lastEditedField;

    /** Forgets every step: another post is shown. */
    void clear() {
        steps.clear();
        canUndo.set(false);
    }

    /** The form was filled anew (loaded, replaced or undone): the next change of any field starts a step. */
    void filled() {
        lastEditedField = null;
    }

    /** {@code field} changed the form from {@code before}: a new step unless the same field changed it last. */
    void edited(String field, MetaPanelViewModel.FormSnapshot before) {
        if (field.equals(lastEditedField)) return;
        lastEditedField = field;
        push(before);
    }

    /** A step of its own, back to {@code before}. */
    void push(MetaPanelViewModel.FormSnapshot before) {
        steps.push(before);
        canUndo.set(true);
    }

    /** The state before the last step, or null when there is none. */
    MetaPanelViewModel.FormSnapshot pop() {
        MetaPanelViewModel.FormSnapshot previous = steps.poll();
        canUndo.set(!steps.isEmpty());
        return previous;
    }

    ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }
}
