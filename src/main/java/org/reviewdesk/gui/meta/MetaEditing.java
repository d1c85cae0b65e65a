package org.reviewdesk.gui.meta;

import org.reviewdesk.gui.editor.EditorViewModel;
import org.reviewdesk.gui.library.LibraryAccess;
import org.reviewdesk.gui.task.BackgroundExecutor;

/**
 * Ties the meta form to the open post: the form shows what the editor opened, its changes go into the
 * editor's save (title, body and meta in one transaction, with the row version), the body's figures follow
 * the editor's scan, and suggestions come from the library, off the FX thread: once the form first shows the
 * fields that offer them (counting them over a large library costs processor time the window's start
 * needed: docs/performance.md), and again on an open once they are {@link #SUGGESTIONS_MAX_AGE} old.
 */
public final class MetaEditing {
    static final int SUGGESTIONS = 200;
    /** Suggestions are a convenience: counting them on every open would hold up a large library. */
    static final java.time.Duration SUGGESTIONS_MAX_AGE = java.time.Duration.ofMinutes(5);
    private final MetaPanelViewModel form = new MetaPanelViewModel();
    private long suggestionsLoadedAt = Long.MIN_VALUE;

    /**
     * @param suggestionExecutor where the suggestions are counted: not the library's own thread, so that opening
     *                           and saving posts never wait behind them
     */
    public MetaEditing(EditorViewModel editor, LibraryAccess library, BackgroundExecutor suggestionExecutor) {
        form.setOnEdit(editor::editMeta);
        editor.onMetaSavedProperty().set(form::saved);
        form.setOnSuggestionsWanted(() -> refreshSuggestions(library, suggestionExecutor));
        editor.documentProperty().addListener((o, was, opened) -> {
            if (opened == null) {
                form.clear();
                return;
            }
            form.load(opened.post().title(), opened.post().meta(), opened.drafts());
            suggestionExecutor.submit(() -> library.highestVersion(opened.id()), highest -> {
                if (editor.documentProperty().get() != null && editor.documentProperty().get().id() == opened.id()) {
                    form.versionFloor(highest);
                }
            }, e -> { /* without it the form takes any well-formed version, as before */ });
            // Another post's figures must not stand for this one's ("Use computed" would write them into its meta).
            if (editor.bodyScanProperty().get() == null) form.body().forget();
            if (form.suggestionsWanted()) refreshSuggestions(library, suggestionExecutor);
        });
        editor.bodyScanProperty().addListener((o, was, body) -> {
            if (body != null) form.bodyScanned(body.structure(), body.readability());
        });
        form.clear();
    }

    /** Counts the suggestions when they were never counted or are {@link #SUGGESTIONS_MAX_AGE} old. */
    private void refreshSuggestions(LibraryAccess library, BackgroundExecutor executor) {
        long now = System.nanoTime();
        if (suggestionsLoadedAt != Long.MIN_VALUE && now - suggestionsLoadedAt <= SUGGESTIONS_MAX_AGE.toNanos()) return;
        suggestionsLoadedAt = now;
        for (String field : MetaSuggestions.FIELDS) {
            executor.submit(() -> library.suggestions(field, SUGGESTIONS), values -> form.suggestions(field).setAll(values),
                    e -> { /* suggestions are a convenience: the form works without them */ });
        }
    }

    public MetaPanelViewModel form() {
        return form;
    }
}
