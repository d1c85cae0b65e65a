package org.reviewdesk.gui.findings;

import java.util.List;
import java.util.Optional;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.TitledPane;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.reviewdesk.checks.Severity;

/**
 * The findings of the open post below the editor, in a pane that folds away: one group per severity
 * with its count, dismissed findings greyed in a folded group with their reasons. A click selects the
 * finding in the editor; each row carries its quick fix and "Dismiss…", and its context menu turns the
 * check off for the library.
 */
public final class FindingsView {
    public static final String STYLESHEET = "/org/reviewdesk/gui/findings/findings.css";

    private final FindingsViewModel model;
    private final TreeView<Object> tree = new TreeView<>(new TreeItem<>());
    private final TitledPane pane;

    /**
     * Findings listed per group, the first by line. A tree finds its rows by walking a group's children, and with
     * 65,000 of them (a 5 MB post) every layout pass asked for thousands: the idle window kept a core busy for minutes.
     * The heading keeps the whole count, the gutter marks the lines of every finding the checks listed, and a fix or
     * dismissal lists the next.
     */
    static final int LISTED = 500;

    /** A group heading of the tree, or the line under a group that says how many more it has. */
    private record Heading(String text, String styleClass) {
    }

    public FindingsView(FindingsViewModel model) {
        this.model = model;
        tree.setId("findings-tree");
        tree.setShowRoot(false);
        tree.setCellFactory(t -> new FindingCell());
        tree.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && selectedRow() != null) model.jump(selectedRow());
        });
        Label empty = new Label();
        empty.getStyleClass().add("findings-empty");
        empty.textProperty().bind(Bindings.createStringBinding(() -> model.summaryProperty().get().isEmpty()
                ? "Open a post to see what the checks find." : model.checkedProperty().get().checking()
                ? "Checking this post\u2026" : "The checks found nothing in this post.",
                model.summaryProperty(), model.checkedProperty()));
        empty.visibleProperty().bind(Bindings.createBooleanBinding(() -> model.checkedProperty().get().active().isEmpty()
                && model.checkedProperty().get().dismissed().isEmpty(), model.checkedProperty()));
        empty.setMouseTransparent(true);
        pane = new TitledPane("", new javafx.scene.layout.StackPane(tree, empty));
        pane.setId("findings-pane");
        pane.getStyleClass().add("findings-pane");
        pane.textProperty().bind(Bindings.createStringBinding(() -> {
            String summary = model.summaryProperty().get();
            return summary.isEmpty() ? "Findings" : "Findings \u2014 " + summary;
        }, model.summaryProperty()));
        pane.setAnimated(false);
        tree.setPrefHeight(190);
        tree.setMinHeight(0);
        // Folded, the pane keeps its heading, so the divider cannot hide it; open, it may be dragged small.
        pane.minHeightProperty().bind(Bindings.when(pane.expandedProperty()).then(60.0).otherwise(Region.USE_PREF_SIZE));
        pane.setMaxHeight(Double.MAX_VALUE);
        model.checkedProperty().addListener((o, was, now) -> rebuild(now));
        rebuild(model.checkedProperty().get());
    }

    private void rebuild(Checked checked) {
        TreeItem<Object> root = tree.getRoot();
        root.getChildren().clear();
        group(root, "Errors", "findings-heading-error", checked.of(Severity.ERROR), true);
        group(root, "Warnings", "findings-heading-warning", checked.of(Severity.WARNING), true);
        group(root, "Info", "findings-heading-info", checked.of(Severity.INFO), true);
        group(root, "Dismissed", "findings-heading-dismissed", checked.dismissed(), false);
    }

    private static void group(TreeItem<Object> root, String name, String styleClass, List<FindingRow> rows, boolean expanded) {
        if (rows.isEmpty()) return;
        int count = Checked.count(rows);
        TreeItem<Object> heading = new TreeItem<>(new Heading(name + " (" + count + ")", styleClass));
        List<TreeItem<Object>> listed = new java.util.ArrayList<>();
        rows.stream().limit(LISTED).forEach(r -> listed.add(new TreeItem<>(r)));
        if (rows.size() > LISTED) {
            listed.add(new TreeItem<>(new Heading(String.format("\u2026 and %,d more, not listed here; their lines are marked "
                    + "in the gutter", count - Checked.count(rows.subList(0, LISTED))), "findings-more")));
        }
        heading.getChildren().setAll(listed);
        heading.setExpanded(expanded);
        root.getChildren().add(heading);
    }

    private FindingRow selectedRow() {
        TreeItem<Object> item = tree.getSelectionModel().getSelectedItem();
        return item != null && item.getValue() instanceof FindingRow r ? r : null;
    }

    private void askAndDismiss(FindingRow row) {
        long postId = model.checkedProperty().get().postId();
        TextInputDialog dialog = new TextInputDialog();
        dialog.setTitle("Dismiss a finding");
        dialog.setHeaderText(row.finding().message());
        dialog.setContentText("Why does it not apply to this post?");
        if (tree.getScene() != null) dialog.initOwner(tree.getScene().getWindow());
        Optional<String> reason = dialog.showAndWait();
        reason.ifPresent(r -> model.dismiss(postId, row, r));
    }

    /** A heading, or a finding with its place, its check and its buttons. */
    private final class FindingCell extends TreeCell<Object> {
        /**
         * One menu per cell, given the row's items at each update: a context menu is a popup window with a scene of its
         * own, and one made at every update of every cell was a tenth of the FX thread's time while typing (JFR).
         */
        private final ContextMenu menu = new ContextMenu();

        FindingCell() {
            setOnMouseClicked(e -> {
                if (getItem() instanceof FindingRow row && !row.dismissed()) model.jump(row);
            });
        }

        /**
         * What the row shown looks like. A cell keeps its graphic (and its nodes' styles) while the rows it shows
         * look the same: a check after each save gives every finding below an edit new offsets and so a new row,
         * and a graphic made anew for each visible row cost the FX thread a CSS pass of all of them. Its buttons and
         * menu act on the row the cell shows when they are used.
         */
        private List<Object> shownLook;

        @Override
        protected void updateItem(Object item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (item instanceof FindingRow row && !empty) {
                List<Object> look = look(row);
                if (!look.equals(shownLook)) {
                    setGraphic(rowGraphic(row));
                    shownLook = look;
                    menu.getItems().setAll(menuItems(row));
                }
                rowClass(row.dismissed() ? "finding-dismissed" : "finding-row");
                setContextMenu(menu);
                return;
            }
            shownLook = null;
            setContextMenu(null);
            rowClass(null);
            if (item instanceof Heading h && !empty) {
                Label label = new Label(h.text());
                label.getStyleClass().addAll("findings-heading", h.styleClass());
                setGraphic(label);
            } else {
                setGraphic(null);
            }
        }

        private static List<Object> look(FindingRow row) {
            return java.util.Arrays.asList(row.dismissed(), row.dismissedReason(), row.finding().message(), row.location(),
                    row.finding().checkId(), row.finding().severity(), row.quickFixLabel());
        }

        /** Changes the cell's style class only when it differs: every change makes JavaFX style the row again. */
        private void rowClass(String wanted) {
            for (String c : List.of("finding-row", "finding-dismissed")) {
                if (!c.equals(wanted)) getStyleClass().remove(c);
            }
            if (wanted != null && !getStyleClass().contains(wanted)) getStyleClass().add(wanted);
        }

        /** Runs {@code action} on the row this cell shows now. */
        private void onShown(java.util.function.Consumer<FindingRow> action) {
            if (getItem() instanceof FindingRow row) action.accept(row);
        }

        private Node rowGraphic(FindingRow row) {
            Region mark = new Region();
            mark.getStyleClass().addAll("finding-mark", FindingGutter.styleClass(row.finding().severity()));
            VBox text = messageAndPlace(row);
            text.setMinWidth(80);
            HBox.setHgrow(text, Priority.ALWAYS);
            // The buttons go on their own line under the message, so that a narrow panel keeps the message readable.
            text.getChildren().add(row.dismissed() ? bringBackButton(row) : buttons(row));
            HBox box = new HBox(8, mark, text);
            box.setAlignment(javafx.geometry.Pos.TOP_LEFT);
            box.getStyleClass().add("finding-box");
            // Long messages shrink the message label rather than push the buttons out of the panel.
            box.prefWidthProperty().bind(tree.widthProperty().subtract(56));
            box.setMaxWidth(Region.USE_PREF_SIZE);
            box.setMinWidth(Region.USE_PREF_SIZE);
            return box;
        }

        /** The message, and the check and the place on a second, quieter line, so the message keeps the width. */
        private VBox messageAndPlace(FindingRow row) {
            Label message = new Label(row.dismissed()
                    ? row.finding().message() + " \u2014 dismissed: " + row.dismissedReason() : row.finding().message());
            message.getStyleClass().add("finding-message");
            message.setWrapText(true);
            Label where = new Label(row.location().isEmpty() ? row.finding().checkId()
                    : row.finding().checkId() + " \u00b7 " + row.location());
            where.getStyleClass().add("finding-where");
            return new VBox(2, message, where);
        }

        /** The quick fix when the finding has one, and Dismiss. */
        private HBox buttons(FindingRow row) {
            HBox buttons = new HBox(6);
            if (row.quickFixLabel() != null) {
                Button fix = new Button(row.quickFixLabel());
                fix.setMnemonicParsing(false); // labels name fields like code_language
                fix.getStyleClass().addAll("finding-fix", "small");
                fix.setMinWidth(Region.USE_PREF_SIZE);
                fix.setOnAction(e -> onShown(model::applyQuickFix));
                buttons.getChildren().add(fix);
            }
            Button dismiss = new Button("Dismiss\u2026");
            dismiss.getStyleClass().addAll("finding-dismiss", "small", "flat");
            dismiss.setMinWidth(Region.USE_PREF_SIZE);
            dismiss.setOnAction(e -> onShown(FindingsView.this::askAndDismiss));
            buttons.getChildren().add(dismiss);
            return buttons;
        }

        /** A dismissed finding's one button: it takes the dismissal back. */
        private HBox bringBackButton(FindingRow row) {
            Button back = new Button("Bring back");
            back.getStyleClass().addAll("finding-bring-back", "small", "flat");
            back.setMinWidth(Region.USE_PREF_SIZE);
            back.setOnAction(e -> onShown(model::bringBack));
            return new HBox(6, back);
        }

        private List<MenuItem> menuItems(FindingRow row) {
            MenuItem off = new MenuItem("Turn off \u201c" + row.finding().checkId() + "\u201d for this library");
            off.setMnemonicParsing(false);
            off.setOnAction(e -> onShown(r -> model.turnOff(r.finding().checkId())));
            if (row.dismissed()) {
                MenuItem back = new MenuItem("Bring back (take the dismissal back)");
                back.setOnAction(e -> onShown(model::bringBack));
                return List.of(back, off);
            }
            MenuItem dismiss = new MenuItem("Dismiss\u2026");
            dismiss.setOnAction(e -> onShown(FindingsView.this::askAndDismiss));
            return List.of(dismiss, off);
        }
    }

    public TitledPane getNode() {
        return pane;
    }
}
