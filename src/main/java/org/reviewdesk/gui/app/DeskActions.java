package org.reviewdesk.gui.app;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.event.ActionEvent;
import javafx.event.EventHandler;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.reviewdesk.gui.editor.EditorView;
import org.reviewdesk.gui.library.LibraryListView;
import org.reviewdesk.gui.task.Tooltips;

/** Every command of the desk, once, as menu items with shortcuts and the most used as toolbar buttons. */
final class DeskActions {
    private final DeskViewModel desk;
    private final LibraryListView list;
    private final EditorView editor;
    private final DeskDialogs dialogs;
    private final Runnable quit;
    private final Runnable settings;
    private final Runnable openLibrary;

    DeskActions(DeskViewModel desk, LibraryListView list, EditorView editor, DeskDialogs dialogs, Runnable quit,
                Runnable settings, Runnable openLibrary) {
        this.settings = settings;
        this.openLibrary = openLibrary;
        this.desk = desk;
        this.list = list;
        this.editor = editor;
        this.dialogs = dialogs;
        this.quit = quit;
    }

    MenuBar menuBar() {
        MenuBar bar = new MenuBar(fileMenu(), editMenu(), viewMenu());
        bar.setId("menu-bar");
        return bar;
    }

    private Menu fileMenu() {
        CheckMenuItem showTrash = new CheckMenuItem("Show trash");
        showTrash.selectedProperty().bindBidirectional(desk.list().showingTrashProperty());
        return new Menu("_File", null,
                item("_New post", "Shortcut+N", Feather.FILE_PLUS, e -> newPost()),
                item("_Save", "Shortcut+S", Feather.SAVE, e -> desk.editor().saveNow()),
                new SeparatorMenuItem(),
                item("Open _library\u2026", "Shortcut+Shift+O", Feather.DATABASE, e -> openLibrary.run()),
                item("_Import\u2026", "Shortcut+O", Feather.DOWNLOAD, e -> chooseImport()),
                item("_Export selected\u2026", "Shortcut+E", Feather.UPLOAD, e -> export()),
                item("_Check the whole library\u2026", "Shortcut+Shift+K", Feather.CHECK_SQUARE, e -> checkLibrary()),
                new SeparatorMenuItem(),
                item("Move to _trash", "Shortcut+DELETE", Feather.TRASH_2, e -> trashSelected()),
                showTrash,
                item("_Restore from trash", "Shortcut+Shift+R", Feather.ROTATE_CCW, e -> desk.restore(list.selectedIds())),
                item("Empty trash\u2026", null, null, e -> emptyTrash()),
                new SeparatorMenuItem(),
                item("Se_ttings\u2026", "Shortcut+COMMA", Feather.SETTINGS, e -> settings.run()),
                new SeparatorMenuItem(),
                item("_Quit", "Shortcut+Q", null, e -> quit.run()));
    }

    private Menu editMenu() {
        CheckMenuItem wrap = new CheckMenuItem("Soft _wrap");
        wrap.selectedProperty().bindBidirectional(editor.wrapTextProperty());
        return new Menu("_Edit", null,
                item("_Undo", null, Feather.CORNER_UP_LEFT, e -> editor.undo()),
                item("_Redo", null, Feather.CORNER_UP_RIGHT, e -> editor.redo()),
                new SeparatorMenuItem(),
                item("_Find\u2026", "Shortcut+F", Feather.SEARCH, e -> editor.showFind(false)),
                item("Find and _replace\u2026", "Shortcut+H", null, e -> editor.showFind(true)),
                new SeparatorMenuItem(),
                item("_Bold", "Shortcut+B", Feather.BOLD, e -> editor.bold()),
                item("_Italic", "Shortcut+I", Feather.ITALIC, e -> editor.italic()),
                item("_Link", "Shortcut+K", Feather.LINK, e -> editor.link()),
                new SeparatorMenuItem(), wrap);
    }

    private Menu viewMenu() {
        CheckMenuItem dark = new CheckMenuItem("_Dark theme");
        dark.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+D"));
        dark.selectedProperty().bindBidirectional(desk.darkThemeProperty());
        CheckMenuItem remote = new CheckMenuItem("Load _remote images in the preview");
        remote.selectedProperty().bindBidirectional(desk.preview().remoteImagesProperty());
        return new Menu("_View", null,
                item("Search the _library", "Shortcut+L", Feather.SEARCH, e -> list.focusSearch()),
                item("_Next post", "Alt+DOWN", Feather.ARROW_DOWN, e -> list.move(1)),
                item("_Previous post", "Alt+UP", Feather.ARROW_UP, e -> list.move(-1)),
                new SeparatorMenuItem(), dark, remote);
    }

    /** Help: the keyboard reference and About (which need the window, so the window says what they do). */
    Menu helpMenu(Runnable shortcuts, Runnable about) {
        return new Menu("_Help", null, item("_Keyboard shortcuts", "F1", Feather.COMMAND, e -> shortcuts.run()),
                item("About Review Desk", null, null, e -> about.run()));
    }

    ToolBar toolBar() {
        ToggleButton remote = new ToggleButton("Remote images", new FontIcon(Feather.IMAGE));
        remote.setId("remote-images");
        Tooltips.install(remote, "Load images from the network in the preview (off: a placeholder shows caption and host)");
        remote.selectedProperty().bindBidirectional(desk.preview().remoteImagesProperty());
        ToggleButton dark = new ToggleButton(null, new FontIcon(Feather.MOON));
        Tooltips.install(dark, "Dark theme");
        dark.selectedProperty().bindBidirectional(desk.darkThemeProperty());
        Button save = button(Feather.SAVE, "Save now (Ctrl+S)", e -> desk.editor().saveNow());
        save.disableProperty().bind(Bindings.not(desk.editor().dirtyProperty()));
        ToolBar bar = new ToolBar(
                button(Feather.FILE_PLUS, "New post (Ctrl+N)", e -> newPost()),
                save,
                button(Feather.DOWNLOAD, "Import (Ctrl+O)", e -> chooseImport()),
                button(Feather.UPLOAD, "Export selected (Ctrl+E)", e -> export()),
                button(Feather.TRASH_2, "Move to trash (Ctrl+Delete)", e -> trashSelected()),
                new Separator(),
                button(Feather.BOLD, "Bold (Ctrl+B)", e -> editor.bold()),
                button(Feather.ITALIC, "Italic (Ctrl+I)", e -> editor.italic()),
                button(Feather.LINK, "Link (Ctrl+K)", e -> editor.link()),
                button(Feather.SEARCH, "Find (Ctrl+F)", e -> editor.showFind(false)),
                new Separator(), remote, dark);
        bar.getStyleClass().add("desk-toolbar");
        return bar;
    }

    private static MenuItem item(String text, String accelerator, Feather icon, EventHandler<ActionEvent> action) {
        MenuItem item = new MenuItem(text, icon == null ? null : new FontIcon(icon));
        if (accelerator != null) item.setAccelerator(KeyCombination.keyCombination(accelerator));
        item.setOnAction(action);
        return item;
    }

    private static Button button(Feather icon, String tooltip, EventHandler<ActionEvent> action) {
        Button b = new Button(null, new FontIcon(icon));
        Tooltips.install(b, tooltip);
        b.setOnAction(action);
        b.getStyleClass().add("flat");
        return b;
    }

    private void newPost() {
        desk.newPost(id -> list.select(id));
    }

    private void trashSelected() {
        List<Long> ids = list.selectedIds();
        if (ids.isEmpty() && desk.editor().hasOpenPost()) ids = List.of(desk.editor().openPostId());
        if (ids.isEmpty()) return;
        String what = ids.size() == 1 ? "this post" : ids.size() + " posts";
        if (dialogs.confirm("Move to trash", "Move " + what + " to the trash? You can restore it until the trash is emptied.")) {
            desk.trash(ids);
        }
    }

    private void checkLibrary() {
        desk.libraryCheck().start();
        dialogs.libraryCheck(desk.libraryCheck());
    }

    private void emptyTrash() {
        if (dialogs.confirm("Empty trash", "Delete every post in the trash for good? This cannot be undone.")) {
            desk.emptyTrash();
        }
    }

    private void chooseImport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import posts");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Posts (text, Markdown, JSON, WordPress XML)", "*.txt", "*.md", "*.json", "*.xml"),
                new FileChooser.ExtensionFilter("All files", "*"));
        List<File> files = chooser.showOpenMultipleDialog(dialogs.owner());
        if (files != null) importFiles(files.stream().map(File::toPath).toList());
    }

    void importFiles(List<Path> files) {
        desk.importFiles(files, dialogs::importDone, e -> dialogs.notice("The import failed: " + e.getMessage()));
    }

    /** Files dropped on the window are imported like files chosen with File, Import. */
    void importDroppedFiles(Parent target) {
        target.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) e.acceptTransferModes(TransferMode.COPY);
            e.consume();
        });
        target.setOnDragDropped(e -> {
            List<Path> files = e.getDragboard().hasFiles()
                    ? e.getDragboard().getFiles().stream().map(File::toPath).toList() : List.of();
            importFiles(files);
            e.setDropCompleted(!files.isEmpty());
            e.consume();
        });
    }

    private void export() {
        List<Long> ids = list.selectedIds();
        if (ids.isEmpty() && desk.editor().hasOpenPost()) ids = List.of(desk.editor().openPostId());
        if (ids.isEmpty()) {
            dialogs.notice("Select the posts to export in the list first.");
            return;
        }
        List<String> formats = desk.exportFormats();
        ChoiceDialog<String> format = new ChoiceDialog<>(formats.get(0), formats);
        format.initOwner(dialogs.owner());
        format.setTitle("Export");
        format.setHeaderText("Export " + (ids.size() == 1 ? "1 post" : ids.size() + " posts") + " as");
        String chosen = format.showAndWait().orElse(null);
        if (chosen == null) return;
        DirectoryChooser dir = new DirectoryChooser();
        dir.setTitle("Export to folder");
        File folder = dir.showDialog(dialogs.owner());
        if (folder == null) return;
        desk.export(ids, chosen, folder.toPath(),
                written -> dialogs.notice("Exported " + written.size() + " file" + (written.size() == 1 ? "" : "s")
                        + " to " + folder),
                e -> dialogs.notice("The export failed: " + e.getMessage()));
    }
}
