package org.reviewdesk.gui.status;

import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableNumberValue;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.reviewdesk.gui.editor.EditorViewModel;
import org.reviewdesk.gui.editor.SaveState;

/** The status bar: words, reading time, readability of the prose, saved state, import progress and the library path. */
public final class StatusBarView {
    private final HBox root;
    private Consumer<String> showField = field -> { };

    /**
     * The bar shows the editor's counts and save state, the progress of an import while {@code importing} holds,
     * and the library's folder.
     */
    public StatusBarView(EditorViewModel editor, ObservableNumberValue importProgress, ObservableBooleanValue importing,
                         String library) {
        Label words = new Label();
        words.setId("status-words");
        // Until the opened post's first scan its figures are unknown: "counting words…", not the last post's count.
        words.textProperty().bind(Bindings.createStringBinding(() -> !editor.hasOpenPost() ? ""
                : editor.bodyScanProperty().get() == null ? "counting words\u2026"
                : String.format("%,d words \u00b7 %d min read", editor.bodyScanProperty().get().structure().words(),
                        editor.bodyScanProperty().get().structure().readingMinutes()),
                editor.documentProperty(), editor.bodyScanProperty()));
        Label readability = readability(editor);
        Label saved = new Label();
        saved.setId("status-saved");
        saved.textProperty().bind(editor.saveStatusProperty());
        editor.saveStateProperty().addListener((o, was, now) -> {
            saved.getStyleClass().removeAll("state-unsaved", "state-failed");
            if (now == SaveState.UNSAVED || now == SaveState.SAVING) saved.getStyleClass().add("state-unsaved");
            if (now == SaveState.FAILED || now == SaveState.FIELD_ERRORS) saved.getStyleClass().add("state-failed");
            saved.setCursor(now == SaveState.FIELD_ERRORS ? Cursor.HAND : null);
        });
        // "Not saved: 1 field has an error" is where the user starts correcting it: a click goes to the first field.
        saved.setOnMouseClicked(e -> {
            if (editor.saveStateProperty().get() == SaveState.FIELD_ERRORS) {
                editor.savedDraftsProperty().get().first().ifPresent(showField);
            }
        });
        ProgressBar importBar = new ProgressBar();
        importBar.setId("import-progress");
        importBar.progressProperty().bind(importProgress);
        importBar.visibleProperty().bind(importing);
        importBar.managedProperty().bind(importing);
        Label path = new Label(library);
        path.setId("status-library");
        path.getStyleClass().add("status-path");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        root = new HBox(16, words, readability, saved, importBar, spacer, path);
        root.setAlignment(Pos.CENTER_LEFT);
        root.getStyleClass().add("status-bar");
    }

    /** "reading ease 54 · 17.2 words a sentence": the prose of the body as the editor last scanned it, off the FX thread. */
    private static Label readability(EditorViewModel editor) {
        Label readability = new Label();
        readability.setId("status-readability");
        readability.textProperty().bind(Bindings.createStringBinding(() -> editor.hasOpenPost()
                && editor.bodyScanProperty().get() != null ? ReadabilityText.of(editor.bodyScanProperty().get().readability())
                : "", editor.bodyScanProperty(), editor.documentProperty()));
        return readability;
    }

    /** What a click on "Not saved: … field has an error" does with the first such field's JSON path. */
    public void setOnShowField(Consumer<String> showField) {
        this.showField = showField;
    }

    /**
     * Shows {@code state} beside the saved state while it is not empty, as a warning: the library does not answer
     * (a team library's server went away) and the window is reconnecting.
     */
    public void showConnection(ObservableStringValue state) {
        Label connection = new Label();
        connection.setId("status-connection");
        connection.getStyleClass().add("state-failed");
        connection.textProperty().bind(state);
        connection.visibleProperty().bind(Bindings.createBooleanBinding(() -> !state.get().isEmpty(), state));
        connection.managedProperty().bind(connection.visibleProperty());
        // Whole, even beside a long save error: it is the line that says the typed text is safe.
        connection.setMinWidth(Region.USE_PREF_SIZE);
        root.getChildren().add(3, connection);
    }

    /** Adds a segment after the saved state (for example the findings count). */
    public void addSegment(Node segment) {
        root.getChildren().add(3, segment);
    }

    public Node getNode() {
        return root;
    }
}
