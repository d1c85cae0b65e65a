package org.reviewdesk.gui.app;

import java.util.function.Consumer;
import java.util.function.Predicate;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.fxmisc.richtext.CodeArea;
import org.reviewdesk.gui.editor.EditorViewModel;
import org.reviewdesk.gui.findings.FindingsEditor;
import org.reviewdesk.model.Meta;
import org.reviewdesk.model.Post;

/**
 * The findings panel's hold on the window's editor. Body edits go through the code area, so they join
 * its undo history and reach the editor's view model (and its autosave) like typing. Meta edits and
 * revealing a meta field belong to the meta panel, which plugs in through the two properties.
 */
public final class EditorFindingsBridge implements FindingsEditor {
    private final EditorViewModel editor;
    private final CodeArea area;
    private final ObjectProperty<Predicate<Meta>> metaEditor = new SimpleObjectProperty<>(m -> false);
    private final ObjectProperty<Consumer<String>> fieldRevealer = new SimpleObjectProperty<>(f -> { });

    public EditorFindingsBridge(EditorViewModel editor, CodeArea area) {
        this.editor = editor;
        this.area = area;
    }

    /** Applies a meta edit and returns true, or returns false when nothing can edit meta. */
    public ObjectProperty<Predicate<Meta>> metaEditorProperty() {
        return metaEditor;
    }

    /** Shows a meta field such as {@code payload.paragraphs}. */
    public ObjectProperty<Consumer<String>> fieldRevealerProperty() {
        return fieldRevealer;
    }

    @Override
    public long openPostId() {
        return editor.openPostId();
    }

    @Override
    public Post currentPost() {
        return editor.currentPost();
    }

    /** Replaces only what differs between the texts, so the caret and the scroll stay where the reader was. */
    @Override
    public void replaceBody(String body) {
        String now = area.getText();
        int prefix = 0;
        int max = Math.min(now.length(), body.length());
        while (prefix < max && now.charAt(prefix) == body.charAt(prefix)) prefix++;
        int suffix = 0;
        while (suffix < max - prefix && now.charAt(now.length() - 1 - suffix) == body.charAt(body.length() - 1 - suffix)) suffix++;
        area.replaceText(prefix, now.length() - suffix, body.substring(prefix, body.length() - suffix));
    }

    @Override
    public boolean replaceMeta(Meta meta) {
        return metaEditor.get().test(meta);
    }

    @Override
    public void select(int start, int end) {
        int length = area.getLength();
        area.selectRange(Math.min(start, length), Math.min(end, length));
        area.requestFollowCaret();
        area.requestFocus();
    }

    @Override
    public void revealMetaField(String field) {
        fieldRevealer.get().accept(field);
    }
}
