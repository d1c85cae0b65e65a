package org.reviewdesk.gui.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reviewdesk.gui.InMemoryLibrary;
import org.reviewdesk.gui.editor.EditorViewModel;
import org.reviewdesk.gui.editor.SaveState;
import org.reviewdesk.gui.library.LibraryAccess;
import org.reviewdesk.gui.task.SameThreadExecutor;
import org.reviewdesk.model.Meta;
import org.reviewdesk.model.Post;
import org.reviewdesk.model.Score;
import org.reviewdesk.model.SemVer;
import org.reviewdesk.model.validation.FieldProblem;

/** Meta edits go through the editor's save: automatic, one save for title, body and meta, the row version. */
class MetaEditingTest {
    private final InMemoryLibrary library = new InMemoryLibrary();
    private final SameThreadExecutor executor = new SameThreadExecutor();
    private final EditorViewModel editor = new EditorViewModel(library, executor, executor);
    private final MetaPanelViewModel form = new MetaEditing(editor, library, executor).form();
    private final long id = library.create(new Post("Caching", "# Caching\n\nIntro.\n\nMore.\n\nEven more.",
            Meta.builder().reference("ref-caching").score(new Score(null, 12, null, null)).build()));

    @Test
    void openingAPostFillsTheFormAndCountsItsBody() {
        assertThat(form.loadedProperty().get()).isFalse();
        editor.open(id);
        assertThat(form.loadedProperty().get()).isTrue();
        assertThat(form.text("score.freshness").get()).isEqualTo("12");
        assertThat(form.title()).isEqualTo("Caching");
        assertThat(form.body().paragraphsProperty().get()).isEqualTo(2);
    }

    @Test
    void aMetaEditIsSavedAMomentAfterTheLastChangeWithTheBody() {
        editor.open(id);
        editor.edit("# Caching\n\nIntro, edited.");
        form.text("score.quality").set("7");
        form.text("title").set("Caching, revised");
        assertThat(editor.saveStateProperty().get()).isEqualTo(SaveState.UNSAVED);
        executor.advance(EditorViewModel.AUTOSAVE_DELAY.multipliedBy(2));

        assertThat(library.saves).as("title, body and meta in one save").isEqualTo(1);
        Post stored = library.open(id).post();
        assertThat(stored.title()).isEqualTo("Caching, revised");
        assertThat(stored.body()).isEqualTo("# Caching\n\nIntro, edited.");
        assertThat(stored.meta().score()).isEqualTo(new Score(7, 12, null, null));
        assertThat(editor.saveStateProperty().get()).isEqualTo(SaveState.SAVED);
    }

    @Test
    void undoingBackToTheStoredMetaLeavesNothingToSave() {
        editor.open(id);
        form.list("notes").add("check TTL");
        assertThat(editor.dirtyProperty().get()).isTrue();
        form.undo();
        assertThat(editor.dirtyProperty().get()).isFalse();
        executor.advance(EditorViewModel.AUTOSAVE_DELAY.multipliedBy(2));
        assertThat(library.saves).isZero();
        assertThat(library.open(id).post().meta().notes()).isNull();
    }

    @Test
    void suggestionsComeFromTheLibraryOnceTheFormShowsTheirFields() {
        // The in-memory library keeps no index; this one answers two values for every suggested field.
        List<String> asked = new java.util.ArrayList<>();
        LibraryAccess suggesting = (LibraryAccess) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {LibraryAccess.class}, (proxy, method, args) -> {
                    if (!method.getName().equals("suggestions")) return method.invoke(library, args);
                    asked.add((String) args[0]);
                    return List.of(args[0] + "-1", args[0] + "-2");
                });
        EditorViewModel otherEditor = new EditorViewModel(suggesting, executor, executor);
        MetaPanelViewModel otherForm = new MetaEditing(otherEditor, suggesting, executor).form();
        otherEditor.open(id);
        assertThat(asked).as("nothing counted while no field offers suggestions").isEmpty();

        otherForm.suggestions("stack");
        assertThat(otherForm.suggestions("stack")).containsExactly("stack-1", "stack-2");
        assertThat(otherForm.suggestions("tools")).containsExactly("tools-1", "tools-2");
        assertThat(otherForm.suggestions("code_language")).containsExactly("code_language-1", "code_language-2");
        otherEditor.open(id);
        assertThat(asked).as("counted once, not again on the next open").hasSize(3);
    }

    @Test
    void theVersionFieldTakesNoVersionBelowTheHighestTheLibraryKnows() {
        LibraryAccess withHistory = (LibraryAccess) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {LibraryAccess.class}, (proxy, method, args) -> method.getName().equals("highestVersion")
                        && (long) args[0] == id ? SemVer.parse("3.0.0") : method.invoke(library, args));
        EditorViewModel otherEditor = new EditorViewModel(withHistory, executor, executor);
        MetaPanelViewModel otherForm = new MetaEditing(otherEditor, withHistory, executor).form();
        otherEditor.open(id);

        otherForm.text("revision.version").set("2.0.0");
        executor.advance(EditorViewModel.AUTOSAVE_DELAY.multipliedBy(2));

        assertThat(otherForm.problems()).extracting(FieldProblem::field).containsExactly("revision.version");
        assertThat(library.open(id).post().meta().revisionOrEmpty().version()).as("not saved").isNull();
        assertThat(library.open(id).drafts().byField()).containsEntry("revision.version", "2.0.0");
    }
}
