package org.reviewdesk.gui.meta;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.reviewdesk.model.meta.MetaGroup;

/**
 * The meta box beside the editor: collapsible groups in a scrolling panel, problems on their fields and
 * summed up at the top. Alt+1 … Alt+9 and Alt+0 open the first ten groups and put the focus in them.
 * The view only binds; everything it shows and changes is in {@link MetaPanelViewModel}.
 */
public final class MetaPanelView {
    public static final String STYLESHEET = "/org/reviewdesk/gui/meta/meta-panel.css";
    private static final KeyCode[] GROUP_KEYS = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4,
            KeyCode.DIGIT5, KeyCode.DIGIT6, KeyCode.DIGIT7, KeyCode.DIGIT8, KeyCode.DIGIT9, KeyCode.DIGIT0};

    private final MetaPanelViewModel form;
    private final FieldControls fields;
    private final List<TitledPane> groups = new ArrayList<>();
    private final ScrollPane scroll;
    private final BorderPane node;

    /** @param remoteImages the preview's remote-images setting: thumbnails load only while it is on */
    public MetaPanelView(MetaPanelViewModel form, ObservableBooleanValue remoteImages) {
        this.form = form;
        this.fields = new FieldControls(form);
        MetaGroupContent content = new MetaGroupContent(form, fields, remoteImages);
        for (MetaGroup g : MetaGroup.values()) group(g, () -> content.of(g));
        groups.get(0).setExpanded(true);

        VBox box = new VBox(groups.toArray(Node[]::new));
        box.getStyleClass().add("meta-groups");
        scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        node = new BorderPane(scroll);
        node.setTop(header());
        node.getStyleClass().add("meta-panel");
        node.getStylesheets().add(MetaPanelView.class.getResource(STYLESHEET).toExternalForm());
        node.setPrefWidth(380);
        node.setMinWidth(260);
        box.disableProperty().bind(form.loadedProperty().not());
        showProblemsOnFields();
        installKeys();
    }

    private void showProblemsOnFields() {
        MetaDecorations decorations = new MetaDecorations(fields.byField());
        form.problems().addListener((ListChangeListener<Object>) c -> decorations.show(List.copyOf(form.problems())));
        decorations.show(List.copyOf(form.problems()));
        // A field marked while its group was closed is neither restyled nor placed when the group opens: mark again.
        for (TitledPane group : groups) {
            group.expandedProperty().addListener((o, was, open) -> {
                if (open) decorations.show(List.copyOf(form.problems()));
            });
        }
    }

    private void installKeys() {
        node.sceneProperty().addListener((o, was, scene) -> {
            if (scene != null) installShortcuts(scene);
        });
        node.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            // Ctrl+Z in a field undoes that field's typing; elsewhere in the panel it undoes the last form change.
            if (e.isShortcutDown() && e.getCode() == KeyCode.Z && !(e.getTarget() instanceof TextInputControl)) {
                form.undo();
                e.consume();
            }
        });
    }

    private Node header() {
        Label problems = new Label();
        problems.getStyleClass().add("meta-problems");
        problems.textProperty().bind(Bindings.when(form.hasErrors()).then(form.problemSummary())
                .otherwise(Bindings.when(form.loadedProperty()).then("No problems").otherwise("No post open")));
        problems.setWrapText(true);
        problems.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("error"), form.hasErrors().get());
        form.hasErrors().addListener((o, was, now) ->
                problems.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("error"), now));
        Button undo = new Button("Undo");
        undo.setId("meta-undo");
        undo.disableProperty().bind(form.canUndoProperty().not());
        undo.setOnAction(e -> form.undo());
        undo.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox.setHgrow(problems, Priority.ALWAYS);
        problems.setMaxWidth(Double.MAX_VALUE);
        HBox header = new HBox(8, problems, undo);
        header.getStyleClass().add("meta-header");
        return header;
    }

    /**
     * A group whose fields are built when it first opens: built all at once, the closed groups' sliders, tables and
     * pickers took most of the window's first layout (docs/performance.md).
     */
    private void group(MetaGroup group, java.util.function.Supplier<Node> content) {
        int n = groups.size() + 1;
        String title = group.title();
        TitledPane pane = new TitledPane(n <= 10 ? title + "  (Alt+" + (n % 10) + ")" : title, null);
        pane.expandedProperty().addListener((o, was, open) -> {
            if (open && pane.getContent() == null) pane.setContent(content.get());
        });
        pane.setExpanded(false);
        pane.setAnimated(false);
        pane.setId(groupId(group));
        groups.add(pane);
    }

    private void installShortcuts(Scene scene) {
        for (int i = 0; i < GROUP_KEYS.length && i < groups.size(); i++) {
            int index = i;
            scene.getAccelerators().put(new KeyCodeCombination(GROUP_KEYS[i], KeyCombination.ALT_DOWN), () -> openGroup(index));
        }
    }

    /** Expands a group, scrolls it into view and focuses its first field. */
    public void openGroup(int index) {
        TitledPane pane = groups.get(index);
        pane.setExpanded(true);
        node.applyCss();
        node.layout();
        double contentHeight = scroll.getContent().getBoundsInLocal().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        if (contentHeight > viewport) {
            scroll.setVvalue(Math.min(1, pane.getBoundsInParent().getMinY() / (contentHeight - viewport)));
        }
        firstFocusable(pane.getContent()).ifPresent(Node::requestFocus);
    }

    /** Puts the focus in a field's own control, once its group is open (a closed group has not built it yet). */
    public void focusField(String field) {
        Control control = fields.byField().get(field);
        if (control != null && control.getScene() != null) control.requestFocus();
    }

    private static java.util.Optional<Node> firstFocusable(Node n) {
        if (n instanceof Control c && c.isFocusTraversable() && !c.isDisabled()) return java.util.Optional.of(c);
        if (n instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                java.util.Optional<Node> found = firstFocusable(child);
                if (found.isPresent()) return found;
            }
        }
        return java.util.Optional.empty();
    }

    /** The node id of a group's pane: {@code meta-group-image-sources}. */
    public static String groupId(MetaGroup group) {
        return org.reviewdesk.gui.findings.MetaFieldGroups.groupId(group);
    }

    public Node getNode() {
        return node;
    }

    /** The groups in order, for shortcuts and tests. */
    public List<TitledPane> groups() {
        return List.copyOf(groups);
    }
}
