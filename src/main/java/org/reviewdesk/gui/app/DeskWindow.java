package org.reviewdesk.gui.app;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.MenuBar;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.reviewdesk.gui.editor.EditorView;
import org.reviewdesk.gui.findings.MetaFieldGroups;
import org.reviewdesk.gui.history.HistoryDialog;
import org.reviewdesk.gui.library.LibraryListView;
import org.reviewdesk.gui.meta.MetaPanelView;
import org.reviewdesk.gui.preview.PreviewView;
import org.reviewdesk.gui.queue.QueueView;
import org.reviewdesk.gui.review.ReviewChecklistView;
import org.reviewdesk.gui.status.StatusBarView;
import org.reviewdesk.gui.task.BackgroundExecutor;

/**
 * The one stage of the desk: menus and toolbar, the library list, the split editor with its preview,
 * and the status bar. It wires views to the {@link DeskViewModel} and owns the window-level concerns:
 * remembered bounds and dividers, the theme, dropped files and closing without losing a word.
 */
public final class DeskWindow {
    public static final String STYLESHEET = "/org/reviewdesk/gui/desk.css";

    private final DeskViewModel desk;
    private final Stage stage;
    private final WindowPrefs prefs;
    private final LibraryListView list;
    private final EditorView editor;
    private final PreviewView preview;
    private final FindingsPanel findings;
    /** Null for a library without comments (an in-memory test library). */
    private final CommentsPanel comments;
    private final SplitPane split;
    private final DeskDialogs dialogs;
    private final MetaPanelView meta;
    private final Node right;
    private final BorderPane root;
    /** Built when first shown: the editor is what the window opens on. */
    private QueueView queue;
    private final CompletableFuture<Void> begun = new CompletableFuture<>();
    private boolean closing;

    /**
     * How the window reaches the outside world; tests pass recorders. {@code libraryReady} completes when the
     * library is open: the window is built before, and asks the library for its first pages once it is.
     */
    public record Options(Consumer<String> openLink, boolean offerSamples, CompletionStage<?> libraryReady) {
        public Options(Consumer<String> openLink, boolean offerSamples) {
            this(openLink, offerSamples, CompletableFuture.completedFuture(null));
        }
    }

    public DeskWindow(Stage stage, DeskViewModel desk, BackgroundExecutor computeExecutor, WindowPrefs prefs,
                      Options options) {
        this.stage = stage;
        this.desk = desk;
        this.prefs = prefs;
        this.dialogs = new DeskDialogs(stage);
        // The theme first: views that style themselves while being built look up the theme's colours.
        DeskTheme.useFor(prefs.darkTheme());
        list = new LibraryListView(desk.list(), id -> desk.editor().open(id));
        editor = new EditorView(desk.editor(), computeExecutor);
        preview = new PreviewView(desk.preview(), options.openLink(), editor::goToLine);
        editor.topLineProperty().addListener((o, was, now) -> preview.scrollToLine(now.intValue()));
        // A check turned off leaves the stored findings of every post: the library is checked again behind the editor.
        findings = new FindingsPanel(desk.editor(), editor, desk.library().findings(), computeExecutor, dialogs::notice,
                desk.libraryCheck()::start);
        comments = CommentsPanel.belowFindings(desk, editor, findings, dialogs::notice, preview);
        if (desk.presence() != null) editor.addHeader(org.reviewdesk.gui.presence.PresenceNote.of(desk.presence()));
        split = workspace();
        DeskActions actions = new DeskActions(desk, list, editor, dialogs, this::close,
                () -> SettingsAction.open(stage, desk, prefs, findings), () -> OpenLibraryAction.open(stage, dialogs));
        root = new BorderPane(split);
        meta = new MetaPanelView(desk.meta(), desk.preview().remoteImagesProperty());
        right = ReviewChecklistView.belowMeta(meta.getNode(), desk.reviewChecklist());
        root.setRight(right);
        if (desk.queue() != null) desk.queue().showingProperty().set(false);
        connectFindingsToMeta();
        root.setTop(commands(actions));
        root.setBottom(statusBar());
        root.getStyleClass().add("desk");
        actions.importDroppedFiles(root);
        showScene();
        followTheme();
        followEditor();
        // After an import the sentences are counted again if the library changed enough to move them.
        desk.importingProperty().addListener((o, was, now) -> {
            if (!now) findings.model().loadStats();
        });
        beginWhenReady(options);
    }

    /** The library list, the editor with the findings below it, and the preview, side by side. */
    private SplitPane workspace() {
        SplitPane workspace = new SplitPane(list.getNode(), findings.editorWithFindings(), preview.getNode());
        workspace.setOrientation(Orientation.HORIZONTAL);
        SplitPane.setResizableWithParent(list.getNode(), false);
        return workspace;
    }

    /** Meta quick fixes go through the form, so its undo takes them back; a finding on a field opens its group. */
    private void connectFindingsToMeta() {
        findings.bridge().metaEditorProperty().set(desk.meta()::replace);
        findings.bridge().fieldRevealerProperty().set(this::showField);
        SpellingMenu.attach(desk.spelling(), desk.editor(), editor, findings.model()::recheckOpenPost, dialogs::notice);
    }

    /** The menus and the toolbar, with the modes when the library has a review queue. */
    private Node commands(DeskActions actions) {
        MenuBar menus = actions.menuBar();
        if (comments != null) menus.getMenus().stream().filter(m -> "_Edit".equals(m.getText())).findFirst()
                .ifPresent(edit -> edit.getItems().addAll(new SeparatorMenuItem(), comments.menuItem()));
        ToolBar tools = actions.toolBar();
        if (desk.queue() != null) {
            ToggleButton toggle = new DeskModes(this::showEditor, this::showQueue, this::showHistory)
                    .addTo(menus, tools, desk.editor().documentProperty().isNull());
            root.centerProperty().addListener((o, was, now) -> toggle.setSelected(queue != null && now == queue.getNode()));
            menus.getMenus().add(new ReviewActions(desk, this::queue, this::showQueue, dialogs).menu());
        }
        menus.getMenus().add(actions.helpMenu(() -> dialogs.shortcuts(KeyboardReference.of(menus)),
                () -> dialogs.about(desk.libraryName())));
        return new VBox(menus, tools);
    }

    private Node statusBar() {
        StatusBarView status = new StatusBarView(desk.editor(), desk.importProgressProperty(), desk.importingProperty(),
                desk.libraryName());
        status.addSegment(findings.statusLabel());
        status.showConnection(desk.connectionProperty());
        status.setOnShowField(this::showField);
        return status.getNode();
    }

    /** The scene, titled after the open post (a dot while it has unsaved changes), where the window last was. */
    private void showScene() {
        Scene scene = new Scene(root);
        scene.getStylesheets().add(DeskWindow.class.getResource(STYLESHEET).toExternalForm());
        stage.setScene(scene);
        stage.titleProperty().bind(Bindings.createStringBinding(() ->
                (desk.editor().dirtyProperty().get() ? "\u2022 " : "")
                        + (desk.editor().documentProperty().get() == null ? ""
                        : desk.editor().documentProperty().get().post().title() + " \u2014 ")
                        + "Review Desk", desk.editor().dirtyProperty(), desk.editor().documentProperty()));
        WindowBounds.restore(stage, prefs);
        WindowBounds.restoreDividers(stage, split, prefs);
    }

    private void followTheme() {
        desk.darkThemeProperty().set(prefs.darkTheme());
        DeskTheme.apply(stage, prefs.darkTheme());
        desk.darkThemeProperty().addListener((o, was, dark) -> {
            DeskTheme.apply(stage, dark);
            prefs.saveDarkTheme(dark);
        });
    }

    /** The open post is remembered for the next session; closing the window saves it first. */
    private void followEditor() {
        desk.editor().documentProperty().addListener((o, was, now) -> {
            if (now != null) prefs.saveLastPost(desk.libraryFolder(), now.id());
        });
        desk.editor().onNoticeProperty().set(dialogs::notice);
        ConflictPrompt.follow(stage, desk);
        stage.setOnCloseRequest(e -> {
            if (!closing) {
                e.consume();
                close();
            }
        });
    }

    private void beginWhenReady(Options options) {
        CompletableFuture<?> ready = options.libraryReady().toCompletableFuture();
        if (ready.isDone() && !ready.isCompletedExceptionally()) {
            begin(options);
        } else {
            // A library that cannot be opened is the application's to report; the window then asks nothing of it.
            ready.thenRun(() -> Platform.runLater(() -> begin(options)));
        }
    }

    /** The library is open: its first pages, the last session's post, and the sentence statistics of the checks. */
    private void begin(Options options) {
        desk.start(() -> options.offerSamples() && dialogs.confirm("An empty library",
                "This library has no posts yet. Add the sample posts, so you can try the desk at once?"),
                dialogs::notice);
        desk.library().keepRevisionsEvery(java.time.Duration.ofMinutes(prefs.autoRevisionMinutes()));
        long last = prefs.lastPost(desk.libraryFolder());
        if (last >= 0) desk.editor().openIfPresent(last);
        findings.model().loadStats();
        begun.complete(null);
    }

    /** Completes on the FX thread once the window has asked the open library for its first pages. */
    public CompletionStage<Void> begun() {
        return begun;
    }

    /** The version, the library in use, and the Java and JavaFX underneath, for a bug report. */
    public void showAbout() {
        dialogs.about(desk.libraryName());
    }

    /** Saves the open post first, so that a bump or restore works on what the editor shows. */
    public void showHistory() {
        var doc = desk.editor().documentProperty().get();
        if (doc == null) return;
        var vm = desk.history(doc.post().reference());
        if (vm == null) return;
        desk.editor().saveNow(() -> new HistoryDialog(stage, vm, doc.post().title(),
                desk.editor()::reloadIfChangedElsewhere, stage.getScene().getStylesheets()).show());
    }

    public void showQueue() {
        QueueView view = queue();
        if (view == null) return;
        root.setCenter(view.getNode());
        root.setRight(null);
        desk.queue().showingProperty().set(true);
        view.table().requestFocus();
    }

    public void showEditor() {
        root.setCenter(split);
        root.setRight(right);
        if (desk.queue() != null) desk.queue().showingProperty().set(false);
    }

    /** Opens the meta group that shows a field (by JSON path) and puts the focus in the field. */
    private void showField(String field) {
        if (root.getRight() == null) showEditor();
        String id = MetaFieldGroups.groupId(field);
        for (int i = 0; i < meta.groups().size(); i++) {
            if (id.equals(meta.groups().get(i).getId())) meta.openGroup(i);
        }
        meta.focusField(field);
    }

    /** The queue's view, built on first use; null when the library has no queue. */
    public QueueView queue() {
        if (queue == null && desk.queue() != null) {
            queue = new QueueView(desk.queue(), id -> {
                showEditor();
                desk.editor().open(id);
            });
        }
        return queue;
    }

    /** Saves what is unsaved, remembers the window, then closes; a failed save asks first. */
    public void close() {
        desk.editor().saveNow(() -> {
            if (desk.editor().dirtyProperty().get()
                    && !dialogs.confirm("Unsaved changes", "The post could not be saved. Close anyway and lose the changes?")) {
                return;
            }
            WindowBounds.remember(stage, split, prefs);
            desk.stop();
            closing = true;
            stage.close();
        });
    }

    public PreviewView preview() {
        return preview;
    }

    public EditorView editor() {
        return editor;
    }

    public FindingsPanel findings() {
        return findings;
    }

    public MetaPanelView meta() {
        return meta;
    }

    public LibraryListView list() {
        return list;
    }
}
