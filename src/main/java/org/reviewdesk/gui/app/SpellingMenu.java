package org.reviewdesk.gui.app;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.fxmisc.richtext.CodeArea;
import org.reviewdesk.checks.spelling.Misspelling;
import org.reviewdesk.gui.editor.EditorView;
import org.reviewdesk.gui.editor.EditorViewModel;
import org.reviewdesk.gui.editor.SourceMark;
import org.reviewdesk.gui.spelling.SpellingViewModel;

/**
 * Draws the misspellings as the editor's {@code spelling} marks, and offers on a right click of one: up to five
 * corrections (an edit of the source, undone like typing), "Add to library dictionary" and "Ignore in this post".
 */
public final class SpellingMenu {
    public static final String LAYER = "spelling";
    public static final String STYLE = "mark-spelling";

    private final SpellingViewModel model;
    private final EditorView editor;
    private final CodeArea area;
    private ContextMenu showing;

    public SpellingMenu(SpellingViewModel model, EditorView editor) {
        this.model = model;
        this.editor = editor;
        this.area = editor.area();
        model.markedProperty().addListener((o, was, now) -> editor.setMarks(LAYER, marks(now.misspellings())));
        // The secondary press opens the menu (every platform sends it; not all send a context menu event for it,
        // the headless test toolkit none); the context menu event is kept for the keyboard's menu key.
        area.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getButton() == MouseButton.SECONDARY) open(hitOffset(e.getX(), e.getY()), e.getScreenX(), e.getScreenY(), e);
        });
        area.addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> {
            if (e.isKeyboardTrigger()) open(area.getCaretPosition(), e.getScreenX(), e.getScreenY(), e);
            else if (showing != null && showing.isShowing()) e.consume();
        });
    }

    /**
     * Puts the spelling marks and menu on the editor, when the library has spelling words ({@code model} not null);
     * {@code recheck} runs after a word was added or ignored, so that the findings follow.
     */
    public static void attach(SpellingViewModel model, EditorViewModel editorModel, EditorView editor, Runnable recheck,
                              java.util.function.Consumer<String> notice) {
        if (model == null) return;
        editorModel.documentProperty().addListener((o, was, now) -> model.opened(editorModel.openPostId(), editorModel.currentPost()));
        editorModel.textProperty().addListener((o, was, now) -> model.changed(editorModel.currentPost()));
        editorModel.metaEditsProperty().addListener((o, was, now) -> model.changed(editorModel.currentPost()));
        model.onWordsChangedProperty().set(recheck);
        model.onNoticeProperty().set(notice);
        new SpellingMenu(model, editor);
    }

    private static List<SourceMark> marks(List<Misspelling> misspellings) {
        List<SourceMark> out = new ArrayList<>(misspellings.size());
        for (Misspelling m : misspellings) {
            out.add(new SourceMark(m.start(), m.end(), STYLE, "Spelling: \"" + m.word() + "\" is not in the dictionary "
                    + "(right click for corrections)"));
        }
        return out;
    }

    private int hitOffset(double x, double y) {
        var hit = area.hit(x, y);
        return hit.getCharacterIndex().orElse(hit.getInsertionIndex());
    }

    private void open(int offset, double screenX, double screenY, javafx.event.Event e) {
        SourceMark mark = editor.marksAt(offset).stream().filter(m -> m.styleClass().equals(STYLE)).findFirst().orElse(null);
        if (mark == null) return;
        e.consume();
        if (showing != null) showing.hide();
        showing = menu(mark);
        showing.show(area, screenX, screenY);
    }

    private ContextMenu menu(SourceMark mark) {
        String word = area.getText(mark.start(), mark.end());
        ContextMenu menu = new ContextMenu();
        menu.getStyleClass().add("spelling-menu");
        List<String> suggestions = model.suggestions(word);
        for (String s : suggestions) {
            MenuItem item = new MenuItem(s);
            item.getStyleClass().add("spelling-suggestion");
            item.setOnAction(a -> replace(mark, word, s));
            menu.getItems().add(item);
        }
        if (suggestions.isEmpty()) {
            MenuItem none = new MenuItem("No suggestions");
            none.setDisable(true);
            menu.getItems().add(none);
        }
        MenuItem add = new MenuItem("Add \"" + word + "\" to library dictionary");
        add.setId("spelling-add");
        add.setOnAction(a -> model.addToDictionary(word));
        MenuItem ignore = new MenuItem("Ignore \"" + word + "\" in this post");
        ignore.setId("spelling-ignore");
        ignore.setOnAction(a -> model.ignoreInPost(word));
        menu.getItems().addAll(new SeparatorMenuItem(), add, ignore);
        return menu;
    }

    /** Replaces the word where its mark now is, if it still reads the same (the text may have moved meanwhile). */
    private void replace(SourceMark shown, String word, String replacement) {
        for (SourceMark m : editor.marks(LAYER)) {
            if (m.start() == shown.start() && m.end() - m.start() == word.length()
                    && area.getText(m.start(), m.end()).equals(word)) {
                area.replaceText(m.start(), m.end(), replacement);
                return;
            }
        }
    }
}
