package org.reviewdesk.gui.app;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.IndexRange;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import org.fxmisc.richtext.CodeArea;
import org.reviewdesk.gui.comments.CommentsView;
import org.reviewdesk.gui.comments.CommentsViewModel;
import org.reviewdesk.gui.editor.EditorView;
import org.reviewdesk.gui.editor.EditorViewModel;
import org.reviewdesk.gui.editor.SourceMark;
import org.reviewdesk.model.library.PostComment;

/**
 * Puts the comments into the window: the Comments panel under the findings, "Comment on selection…" in the Edit menu
 * (Ctrl+Alt+M) and the source's context menu, the open threads' spans highlighted in the source, and a click on a
 * comment selecting its span. The highlights follow typing in the editor; the store carries the anchors through each
 * save, and the panel reads them again then.
 */
final class CommentsPanel {
    /** The editor's mark layer of the comments. */
    static final String LAYER = "comments";
    static final String SHORTCUT = "Shortcut+Alt+M";

    private final CommentsViewModel model;
    private final CommentsView view;
    private final EditorView editor;
    /** The ids of the comments whose marks were set last, in the order of the marks. */
    private List<Long> marked = List.of();
    /** The preview, whose selected text can be commented on too; and where a refusal is said. */
    private org.reviewdesk.gui.preview.PreviewView preview;
    private Consumer<String> notice = s -> { };
    /** The gutter beside the source, which marks the lines comments are on (none until the panel is placed). */
    private org.reviewdesk.gui.findings.FindingGutter gutter;

    CommentsPanel(CommentsViewModel model, EditorViewModel editorModel, EditorView editor, Consumer<String> notice) {
        this.model = model;
        this.editor = editor;
        this.view = new CommentsView(model);
        model.onNoticeProperty().set(notice);
        model.beforeWriteProperty().set(editorModel::saveNow);
        model.onPlacedProperty().set(this::place);
        editorModel.documentProperty().addListener((o, was, now) -> model.show(now == null ? -1 : now.id()));
        Consumer<org.reviewdesk.gui.library.OpenedPost> previous = editorModel.onSavedProperty().get();
        editorModel.onSavedProperty().set(stored -> {
            if (previous != null) previous.accept(stored);
            model.saved(stored.id());
        });
        view.setOnPick(this::select);
        CodeArea area = editor.area();
        ContextMenu menu = area.getContextMenu() != null ? area.getContextMenu() : new ContextMenu();
        MenuItem onSelection = new MenuItem("Comment on selection\u2026");
        onSelection.setId("comment-on-selection");
        onSelection.setOnAction(e -> commentOnSelection());
        menu.getItems().add(onSelection);
        area.setContextMenu(menu);
    }

    /** The panel of the desk's comments under its findings, or null when the library keeps no comments. */
    static CommentsPanel belowFindings(DeskViewModel desk, EditorView editor, FindingsPanel findings, Consumer<String> notice,
                                       org.reviewdesk.gui.preview.PreviewView preview) {
        if (desk.comments() == null) return null;
        CommentsPanel panel = new CommentsPanel(desk.comments(), desk.editor(), editor, notice);
        panel.preview = preview;
        panel.notice = notice;
        PreviewComments.install(preview, panel::commentOnPreviewSelection, SHORTCUT);
        panel.gutter = findings.gutter();
        findings.belowFindings(panel.view().getNode());
        // A comment being written needs its text box and buttons on screen, however low the divider was.
        desk.comments().targetProperty().addListener((o, was, now) -> {
            if (now.mode() != CommentsViewModel.Mode.NONE) javafx.application.Platform.runLater(findings::makeRoomBelow);
        });
        return panel;
    }

    /** The Edit menu's item, with its shortcut (listed by Help ▸ Keyboard shortcuts). */
    MenuItem menuItem() {
        MenuItem item = new MenuItem("Co_mment on selection\u2026");
        item.setAccelerator(KeyCombination.keyCombination(SHORTCUT));
        item.setOnAction(e -> commentOnSelection());
        return item;
    }

    CommentsView view() {
        return view;
    }

    /** The text selected in the preview, found in the source: the comment goes on the source it was rendered from. */
    void commentOnPreviewSelection() {
        if (preview == null) return;
        preview.copySelection(selected -> {
            java.util.Optional<org.reviewdesk.gui.comments.PreviewQuote.Found> found =
                    org.reviewdesk.gui.comments.PreviewQuote.locate(editor.area().getText(), selected);
            if (found.isEmpty()) {
                notice.accept(selected.isBlank() ? "Select the text to comment on in the preview (or in the source) first."
                        : "The text selected in the preview was not found in the source: select it in the source instead.");
                return;
            }
            var f = found.get();
            editor.area().selectRange(f.start(), f.end());
            editor.area().requestFollowCaret();
            model.startNew(f.start(), f.end(), editor.area().getSelectedText());
            if (f.places() > 1) notice.accept("That text appears " + f.places() + " times in the source; the comment "
                    + "goes on the first, selected in the source. Select it in the source to choose another.");
        });
    }

    void commentOnSelection() {
        if (preview != null && preview.getNode().isFocused()) {
            commentOnPreviewSelection();
            return;
        }
        IndexRange selection = editor.area().getSelection();
        model.startNew(selection.getStart(), selection.getEnd(), editor.area().getSelectedText());
    }

    /**
     * Highlights the open threads whose text is still there; resolved ones and removed text are not marked, nor is a
     * comment whose stored place no longer holds its text in the editor (typed above it before the comments came).
     */
    private void place(List<PostComment> threads) {
        int length = editor.area().getLength();
        List<SourceMark> marks = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        for (PostComment c : threads) {
            PostComment.Anchor a = c.anchor();
            if (c.resolved() || a == null || a.textRemoved() || a.end() > length) continue;
            if (!editor.area().getText(a.start(), a.end()).equals(a.quote())) continue;
            marks.add(new SourceMark(a.start(), a.end(), "mark-comment", c.author() + ": " + c.text()));
            ids.add(c.id());
        }
        marked = ids;
        editor.setMarks(LAYER, marks);
        if (gutter != null) gutter.showComments(this::hasComment);
    }

    /** Whether an open comment's mark (where edits have moved it) lies on this paragraph. */
    private boolean hasComment(int paragraph) {
        var area = editor.area();
        if (paragraph >= area.getParagraphs().size()) return false;
        int from = area.getAbsolutePosition(paragraph, 0);
        int to = from + area.getParagraphLength(paragraph);
        for (SourceMark m : editor.marks(LAYER)) if (!m.isEmpty() && m.start() < to && m.end() > from) return true;
        return false;
    }

    /** Selects the span a comment is on: where its mark has moved to, else where the store last put it. */
    private void select(PostComment c) {
        int i = marked.indexOf(c.id());
        List<SourceMark> marks = editor.marks(LAYER);
        int start;
        int end;
        if (i >= 0 && i < marks.size()) {
            start = marks.get(i).start();
            end = marks.get(i).end();
        } else if (c.anchor() != null) {
            start = c.anchor().start();
            end = c.anchor().end();
        } else {
            return;
        }
        int length = editor.area().getLength();
        editor.area().selectRange(Math.min(start, length), Math.min(end, length));
        editor.area().requestFollowCaret();
    }
}
