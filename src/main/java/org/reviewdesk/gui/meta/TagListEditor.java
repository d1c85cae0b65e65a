package org.reviewdesk.gui.meta;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.reviewdesk.gui.task.Tooltips;

/**
 * Stack and tools as tags: each tag is a button that removes it (Space or a click), and a field with
 * suggestions from the library adds one on Enter.
 */
final class TagListEditor {
    private final VBox node;
    private final FlowPane tags = new FlowPane(4, 4);
    private final TextField entry = new TextField();

    TagListEditor(ObservableList<String> items, ObservableList<String> suggestions, String what) {
        entry.setPromptText("Add " + what + ", then Enter");
        SuggestionPopup.attach(entry, suggestions, s -> !items.contains(s), chosen -> {
            items.add(chosen);
            entry.clear();
        });
        entry.setOnAction(e -> {
            String tag = entry.getText().strip();
            if (!tag.isEmpty()) items.add(tag);
            entry.clear();
        });
        items.addListener((ListChangeListener<String>) c -> showTags(items));
        showTags(items);
        node = new VBox(4, tags, entry);
    }

    private void showTags(ObservableList<String> items) {
        tags.getChildren().clear();
        for (int i = 0; i < items.size(); i++) {
            int index = i;
            Button tag = new Button(items.get(i) + "  \u00d7");
            tag.getStyleClass().addAll("meta-tag", "small");
            Tooltips.install(tag, "Remove " + items.get(i));
            tag.setOnAction(e -> items.remove(index));
            tags.getChildren().add(tag);
        }
    }

    TextField entry() {
        return entry;
    }

    Node node() {
        return node;
    }
}
