package org.reviewdesk.gui.app;

import java.util.function.Consumer;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.geometry.Orientation;
import javafx.scene.control.SplitPane;
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

    public FindingsPanel(EditorViewModel editorModel, EditorView editorView, FindingsAccess access,
                         BackgroundExecutor executor, Consumer<String> notice, Runnable checksChanged) {
        bridge = new EditorFindingsBridge(editorModel, editorView.area());
        model = new FindingsViewModel(access, executor, bridge);
        model.onNoticeProperty().set(notice);
        model.onChecksChangedProperty().set(checksChanged);
        view = new FindingsView(model);
        FindingGutter gutter = new FindingGutter(editorView.area());
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
        view.getNode().expandedProperty().addListener((o, was, open) -> {
            if (open) {
                editorWithFindings.setDividerPositions(openDivider);
            } else {
                openDivider = editorWithFindings.getDividerPositions()[0];
                editorWithFindings.setDividerPositions(1.0);
            }
        });
        editorWithFindings.getStylesheets().add(FindingsPanel.class.getResource(FindingsView.STYLESHEET).toExternalForm());
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
