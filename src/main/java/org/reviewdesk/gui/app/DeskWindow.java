package org.reviewdesk.gui.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import javafx.application.Application;
import javafx.geometry.Orientation;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.reviewdesk.gui.editor.EditorView;
import org.reviewdesk.gui.library.LibraryListView;
import org.reviewdesk.gui.meta.MetaPanelView;
import org.reviewdesk.gui.preview.PreviewView;
import org.reviewdesk.gui.queue.QueueView;
import org.reviewdesk.gui.status.StatusBarView;
import org.reviewdesk.gui.task.BackgroundExecutor;
import org.reviewdesk.gui.task.Tooltips;

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
    private final SplitPane split;
    private final DeskDialogs dialogs;
    private final MetaPanelView meta;
    private final javafx.scene.Node right;
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
        Application.setUserAgentStylesheet(themeStylesheet(prefs.darkTheme()));
        list = new LibraryListView(desk.list(), id -> desk.editor().open(id));
        editor = new EditorView(desk.editor(), computeExecutor);
        preview = new PreviewView(desk.preview(), options.openLink(), editor::goToLine);
        editor.topLineProperty().addListener((o, was, now) -> preview.scrollToLine(now.intValue()));

        findings = new FindingsPanel(desk.editor(), editor, desk.library().findings(), computeExecutor, dialogs::notice);
        split = new SplitPane(list.getNode(), findings.editorWithFindings(), preview.getNode());
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(prefs.dividers());
        SplitPane.setResizableWithParent(list.getNode(), false);

        DeskActions actions = new DeskActions(desk, list, editor, dialogs, this::close);
        BorderPane root = new BorderPane(split);
        this.root = root;
        meta = new MetaPanelView(desk.meta(), desk.preview().remoteImagesProperty());
        right = rightPane(meta.getNode(), desk.reviewChecklist());
        root.setRight(right);
        if (desk.queue() != null) desk.queue().showingProperty().set(false);
        // Meta quick fixes go through the form, so its undo takes them back; a finding on a field opens its group.
        findings.bridge().metaEditorProperty().set(desk.meta()::replace);
        findings.bridge().fieldRevealerProperty().set(this::showField);
        javafx.scene.control.MenuBar menus = actions.menuBar();
        javafx.scene.control.ToolBar tools = actions.toolBar();
        if (desk.queue() != null) addModes(menus, tools);
        addAbout(menus);
        root.setTop(new VBox(menus, tools));
        StatusBarView status = new StatusBarView(desk.editor(), desk.importProgressProperty(), desk.importingProperty(),
                desk.libraryFolder());
        status.addSegment(findings.statusLabel());
        status.setOnShowField(this::showField);
        root.setBottom(status.getNode());
        root.getStyleClass().add("desk");
        acceptDroppedFiles(root, actions);

        Scene scene = new Scene(root);
        scene.getStylesheets().add(DeskWindow.class.getResource(STYLESHEET).toExternalForm());
        stage.setScene(scene);
        stage.titleProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                (desk.editor().dirtyProperty().get() ? "\u2022 " : "")
                        + (desk.editor().documentProperty().get() == null ? ""
                        : desk.editor().documentProperty().get().post().title() + " \u2014 ")
                        + "Review Desk", desk.editor().dirtyProperty(), desk.editor().documentProperty()));
        restoreBounds();
        desk.darkThemeProperty().set(prefs.darkTheme());
        applyTheme(prefs.darkTheme());
        desk.darkThemeProperty().addListener((o, was, dark) -> {
            applyTheme(dark);
            prefs.saveDarkTheme(dark);
        });
        desk.editor().documentProperty().addListener((o, was, now) -> {
            if (now != null) prefs.saveLastPost(desk.libraryFolder(), now.id());
        });
        desk.editor().onNoticeProperty().set(dialogs::notice);
        stage.setOnCloseRequest(e -> {
            if (!closing) {
                e.consume();
                close();
            }
        });

        // After an import the sentences are counted again if the library changed enough to move them.
        desk.importingProperty().addListener((o, was, now) -> {
            if (!now) findings.model().loadStats();
        });
        CompletableFuture<?> ready = options.libraryReady().toCompletableFuture();
        if (ready.isDone() && !ready.isCompletedExceptionally()) {
            begin(options);
        } else {
            // A library that cannot be opened is the application's to report; the window then asks nothing of it.
            ready.thenRun(() -> javafx.application.Platform.runLater(() -> begin(options)));
        }
    }

    /** The library is open: its first pages, the last session's post, and the sentence statistics of the checks. */
    private void begin(Options options) {
        desk.start(() -> options.offerSamples() && dialogs.confirm("An empty library",
                "This library has no posts yet. Add the sample posts, so you can try the desk at once?"),
                dialogs::notice);
        long last = prefs.lastPost(desk.libraryFolder());
        if (last >= 0) desk.editor().openIfPresent(last);
        findings.model().loadStats();
        begun.complete(null);
    }

    /** Completes on the FX thread once the window has asked the open library for its first pages. */
    public CompletionStage<Void> begun() {
        return begun;
    }

    /**
     * The two ways of working: the editor (list, source, preview, meta) and the review queue, which takes the
     * whole width for its many columns. Ctrl+1 and Ctrl+2 switch; opening a post from the queue shows the editor.
     */
    private void addModes(javafx.scene.control.MenuBar menus, javafx.scene.control.ToolBar tools) {
        javafx.scene.control.MenuItem editorMode = new javafx.scene.control.MenuItem("Editor");
        editorMode.setAccelerator(javafx.scene.input.KeyCombination.keyCombination("Shortcut+1"));
        editorMode.setOnAction(e -> showEditor());
        javafx.scene.control.MenuItem queueMode = new javafx.scene.control.MenuItem("Review queue");
        queueMode.setAccelerator(javafx.scene.input.KeyCombination.keyCombination("Shortcut+2"));
        queueMode.setOnAction(e -> showQueue());
        javafx.scene.control.Menu view = menus.getMenus().stream().filter(m -> m.getText().contains("View")).findFirst()
                .orElseGet(() -> {
                    javafx.scene.control.Menu m = new javafx.scene.control.Menu("_View");
                    menus.getMenus().add(m);
                    return m;
                });
        javafx.scene.control.MenuItem history = new javafx.scene.control.MenuItem("History and versions…");
        history.setAccelerator(javafx.scene.input.KeyCombination.keyCombination("Shortcut+Shift+H"));
        history.disableProperty().bind(desk.editor().documentProperty().isNull());
        history.setOnAction(e -> showHistory());
        view.getItems().addAll(0, List.of(editorMode, queueMode, history, new javafx.scene.control.SeparatorMenuItem()));
        javafx.scene.control.ToggleButton toggle = new javafx.scene.control.ToggleButton("Review queue");
        toggle.setId("queue-toggle");
        Tooltips.install(toggle, "The review queue (Ctrl+2); the editor is Ctrl+1");
        toggle.setOnAction(e -> {
            if (toggle.isSelected()) showQueue();
            else showEditor();
        });
        root.centerProperty().addListener((o, was, now) -> toggle.setSelected(queue != null && now == queue.getNode()));
        tools.getItems().addAll(new javafx.scene.control.Separator(), toggle);
    }

    private void addAbout(javafx.scene.control.MenuBar menus) {
        javafx.scene.control.MenuItem about = new javafx.scene.control.MenuItem("About Review Desk");
        about.setOnAction(e -> showAbout());
        menus.getMenus().add(new javafx.scene.control.Menu("_Help", null, about));
    }

    /** The version, the library in use, and the Java and JavaFX underneath, for a bug report. */
    public void showAbout() {
        String version = DeskWindow.class.getPackage().getImplementationVersion();
        javafx.scene.control.Alert alert = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.INFORMATION);
        alert.initOwner(stage);
        alert.setTitle("About Review Desk");
        alert.setHeaderText("Review Desk " + (version == null ? "(development build)" : version));
        alert.setContentText("Library: " + desk.libraryFolder() + "\n"
                + "Java: " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")\n"
                + "JavaFX: " + System.getProperty("javafx.runtime.version") + "\n\n"
                + "Reviews AI-drafted technical posts offline.");
        var icon = DeskWindow.class.getResource("/org/reviewdesk/icons/review-desk-64.png");
        if (icon != null) alert.setGraphic(new javafx.scene.image.ImageView(icon.toExternalForm()));
        ((javafx.stage.Stage) alert.getDialogPane().getScene().getWindow()).getIcons().setAll(stage.getIcons());
        alert.showAndWait();
    }

    /** Saves the open post first, so that a bump or restore works on what the editor shows. */
    public void showHistory() {
        var doc = desk.editor().documentProperty().get();
        if (doc == null) return;
        var vm = desk.history(doc.post().reference());
        if (vm == null) return;
        long id = doc.id();
        desk.editor().saveNow(() -> new org.reviewdesk.gui.history.HistoryDialog(stage, vm, doc.post().title(),
                () -> desk.editor().open(id), stage.getScene().getStylesheets()).show());
    }

    /** The meta box, and under it the open post's review checklist when the library keeps one. */
    private static javafx.scene.Node rightPane(javafx.scene.Node meta,
                                               org.reviewdesk.gui.review.ReviewChecklistViewModel checklist) {
        if (checklist == null) return meta;
        VBox pane = new VBox(meta, new org.reviewdesk.gui.review.ReviewChecklistView(checklist).getNode());
        VBox.setVgrow(meta, javafx.scene.layout.Priority.ALWAYS);
        return pane;
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
        String id = org.reviewdesk.gui.findings.MetaFieldGroups.groupId(field);
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
            rememberWindow();
            desk.stop();
            closing = true;
            stage.close();
        });
    }

    private void rememberWindow() {
        prefs.saveBounds(new WindowPrefs.Bounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(),
                stage.isMaximized()));
        prefs.saveDividers(split.getDividerPositions());
        prefs.flush();
    }

    private void restoreBounds() {
        WindowPrefs.Bounds b = prefs.bounds();
        // A window remembered on a larger monitor must still fit the screen it opens on.
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        double width = Math.min(b.width(), screen.getWidth());
        double height = Math.min(b.height(), screen.getHeight());
        stage.setWidth(width);
        stage.setHeight(height);
        if (!Double.isNaN(b.x()) && !Double.isNaN(b.y()) && screen.contains(b.x(), b.y())) {
            // Moved back as far as it takes for the whole window to be on the screen.
            stage.setX(Math.max(screen.getMinX(), Math.min(b.x(), screen.getMaxX() - width)));
            stage.setY(Math.max(screen.getMinY(), Math.min(b.y(), screen.getMaxY() - height)));
        }
        stage.setMaximized(b.maximized());
    }

    /** AtlantaFX themes are user-agent stylesheets, which JavaFX keeps per application. */
    private void applyTheme(boolean dark) {
        Application.setUserAgentStylesheet(themeStylesheet(dark));
        Parent root = stage.getScene().getRoot();
        root.getStyleClass().remove("dark");
        if (dark) root.getStyleClass().add("dark");
    }

    private static String themeStylesheet(boolean dark) {
        return dark ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet();
    }

    private void acceptDroppedFiles(Parent root, DeskActions actions) {
        root.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) e.acceptTransferModes(TransferMode.COPY);
            e.consume();
        });
        root.setOnDragDropped(e -> {
            List<Path> files = e.getDragboard().hasFiles()
                    ? e.getDragboard().getFiles().stream().map(java.io.File::toPath).toList() : List.of();
            actions.importFiles(files);
            e.setDropCompleted(!files.isEmpty());
            e.consume();
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
