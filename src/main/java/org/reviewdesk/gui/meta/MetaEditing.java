package org.reviewdesk.gui.meta;

import java.util.List;
import org.reviewdesk.gui.editor.EditorViewModel;
import org.reviewdesk.gui.library.LibraryAccess;
import org.reviewdesk.gui.task.BackgroundExecutor;

/**
 * Ties the meta form to the open post: the form shows what the editor opened, its changes go into the
 * editor's save (title, body and meta in one transaction, with the row version), the body's figures follow
 * the editor's scan, and suggestions come from the library, off the FX thread, whenever a post is opened.
 */
public final class MetaEditing {
    static final int SUGGESTIONS = 200;
    private final MetaPanelViewModel form = new MetaPanelViewModel();

    public MetaEditing(EditorViewModel editor, LibraryAccess library, BackgroundExecutor libraryExecutor) {
        form.setOnEdit(editor::editMeta);
        editor.documentProperty().addListener((o, was, opened) -> {
            if (opened == null) {
                form.clear();
                return;
            }
            form.load(opened.post().title(), opened.post().meta());
            loadSuggestions(library, libraryExecutor);
        });
        editor.bodyStructureProperty().addListener((o, was, body) -> {
            if (body != null) form.bodyScanned(body);
        });
        form.clear();
    }

    private void loadSuggestions(LibraryAccess library, BackgroundExecutor executor) {
        for (String field : List.of("stack", "tools", "code_language")) {
            executor.submit(() -> library.suggestions(field, SUGGESTIONS), values -> form.suggestions(field).setAll(values),
                    e -> { /* suggestions are a convenience: the form works without them */ });
        }
    }

    public MetaPanelViewModel form() {
        return form;
    }
}
