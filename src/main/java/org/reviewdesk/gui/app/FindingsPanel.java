package org.reviewdesk.gui.app;

import java.util.function.Consumer;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.geometry.Orientation;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import java.util.List;
import org.reviewdesk.gui.editor.EditorView;
import org.reviewdesk.gui.editor.EditorViewModel;
import org.reviewdesk.gui.findings.FindingGutter;
import org.reviewdesk.gui.findings.FindingsAccess;
import org.reviewdesk.gui.findings.FindingsView;
import org.reviewdesk.gui.findings.FindingsViewModel;
import org.reviewdesk.gui.task.BackgroundExecutor;

/**
 * Puts the findings into the window in one place: the panel below the editor, the gutter marks, the
 * status bar's count, and the editor's edits and saves feeding the checks. Below the editor rather than
 * as a tab beside the preview, because an editor reads the post in the preview while fixing its source:
 * findings point at source lines, and a tab would hide the preview whenever the findings are open.
 */
public final class FindingsPanel {
    private final FindingsViewModel model;
    private final EditorFindingsBridge bridge;
    private final FindingsView view;
    private final SplitPane editorWithFindings;
    /** Where the divider was while the panel was open, to return there when it opens again. */
    private double openDivider = 0.7;
    private final Label status = new Label();
    private final FindingGutter gutter;

    public FindingsPanel(EditorViewModel editorModel, EditorView editorView, FindingsAccess access,
                         BackgroundExecutor executor, Consumer<String> notice, Runnable checksChanged) {
        bridge = new EditorFindingsBridge(editorModel, editorView.area());
        model = new FindingsViewModel(access, executor, bridge);
        model.onNoticeProperty().set(notice);
        model.onChecksChangedProperty().set(checksChanged);
        view = new FindingsView(model);
        gutter = new FindingGutter(editorView.area());
        model.checkedProperty().addListener((o, was, now) -> gutter.show(now.lineMarks()));
        // Offsets of a check of older text would land beside their words: the marks of the text on screen are kept
        // (they follow the edits) until the check of that text arrives.
        model.checkedProperty().addListener((o, was, now) -> {
            if (now.post() != null && now.post().body().equals(editorView.area().getText())) {
                editorView.setMarks(TellMarks.LAYER, TellMarks.of(now.active()));
            }
        });

        editorModel.textProperty().addListener((o, was, now) -> postChanged(editorModel));
        editorModel.documentProperty().addListener((o, was, now) -> postChanged(editorModel));
        editorModel.metaEditsProperty().addListener((o, was, now) -> postChanged(editorModel));
        editorModel.onSavedProperty().set(stored -> model.saved(stored.id(), stored.post()));

        status.setId("status-findings");
        status.textProperty().bind(model.summaryProperty());
        // A divider the reader drags: a post with many findings wants a taller panel than a clean one.
        editorWithFindings = new SplitPane(editorView.getNode(), view.getNode());
        editorWithFindings.setOrientation(Orientation.VERTICAL);
        editorWithFindings.setDividerPositions(openDivider);
        SplitPane.setResizableWithParent(view.getNode(), false);
        follow(view.getNode());
        editorWithFindings.getStylesheets().add(FindingsPanel.class.getResource(FindingsView.STYLESHEET).toExternalForm());
    }

    /** The panels below the editor; the divider drops to the bottom while every one of them is folded. */
    private final java.util.List<TitledPane> below = new java.util.ArrayList<>();

    private void follow(TitledPane panel) {
        below.add(panel);
        panel.expandedProperty().addListener((o, was, open) -> {
            boolean anyOpen = below.stream().anyMatch(TitledPane::isExpanded);
            if (open && below.stream().filter(TitledPane::isExpanded).count() == 1) {
                editorWithFindings.setDividerPositions(openDivider);
            } else if (!anyOpen) {
                openDivider = editorWithFindings.getDividerPositions()[0];
                editorWithFindings.setDividerPositions(1.0);
            }
        });
    }

    /**
     * Puts {@code panel} (the comments) under the findings, below the editor: both the editor's width, each taking
     * the height the other leaves while folded. Side by side they were each too narrow to read in the editor's column.
     */
    /** The gutter beside the source, where the comments put their line marks too. */
    FindingGutter gutter() {
        return gutter;
    }

    void belowFindings(TitledPane panel) {
        TitledPane findingsPane = view.getNode();
        VBox bottom = new VBox(findingsPane, panel);
        for (TitledPane p : List.of(findingsPane, panel)) {
            VBox.setVgrow(p, p.isExpanded() ? Priority.ALWAYS : Priority.NEVER);
            p.expandedProperty().addListener((o, was, open) -> VBox.setVgrow(p, open ? Priority.ALWAYS : Priority.NEVER));
        }
        bottom.setMinWidth(0);
        bottomBox = bottom;
        editorWithFindings.getItems().set(1, bottom);
        SplitPane.setResizableWithParent(bottom, false);
        follow(panel);
    }

    private VBox bottomBox;

    /**
     * Moves the divider up until the panels below the editor get the height they ask for (a comment being written
     * needs its text box and buttons), leaving the editor at least a quarter of the height.
     */
    void makeRoomBelow() {
        if (bottomBox == null || editorWithFindings.getHeight() <= 0) return;
        double total = editorWithFindings.getHeight();
        double wanted = bottomBox.prefHeight(bottomBox.getWidth());
        double position = Math.max(0.25, 1 - wanted / total);
        if (position < editorWithFindings.getDividerPositions()[0]) editorWithFindings.setDividerPositions(position);
    }

    private void postChanged(EditorViewModel editor) {
        model.postChanged(editor.openPostId(), editor.currentPost());
    }

    /** The editor with the findings panel below it, to put where the editor was. */
    public Node editorWithFindings() {
        return editorWithFindings;
    }

    /** "3 findings" for the status bar. */
    public Node statusLabel() {
        return status;
    }

    public FindingsViewModel model() {
        return model;
    }

    /** Where the meta panel plugs in its meta edits and field reveals. */
    public EditorFindingsBridge bridge() {
        return bridge;
    }

    public FindingsView view() {
        return view;
    }
}
