package org.reviewdesk.gui.app;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Stage;
import org.reviewdesk.model.library.LibraryAddress;
import org.reviewdesk.service.LibraryLocation;

/**
 * File ▸ Open library…: another library (a folder, or a team library's {@code postgresql://} address) in a window of
 * its own, a second Review Desk started the way this one was; this window stays on its library.
 */
final class OpenLibraryAction {
    private OpenLibraryAction() {
    }

    static void open(Stage owner, DeskDialogs dialogs) {
        ask(owner).ifPresent(text -> {
            LibraryAddress address;
            try {
                address = LibraryLocation.absolute(LibraryAddress.parse(text));
            } catch (IllegalArgumentException e) {
                dialogs.notice(e.getMessage());
                return;
            }
            try {
                new ProcessBuilder(command(address)).inheritIO().start();
            } catch (IOException | RuntimeException e) {
                dialogs.notice("A window on " + address.display() + " could not be started: " + e.getMessage());
            }
        });
    }

    /** This process's command line with its own arguments replaced by {@code --library ADDRESS}. */
    static List<String> command(LibraryAddress address) {
        ProcessHandle.Info info = ProcessHandle.current().info();
        String[] all = info.arguments().orElseThrow(() -> new IllegalStateException("this system does not tell how "
                + "Review Desk was started; run: review-desk --library " + address.display()));
        int own = DeskLauncher.arguments().size();
        List<String> command = new ArrayList<>();
        command.add(info.command().orElseThrow());
        command.addAll(Arrays.asList(all).subList(0, Math.max(0, all.length - own)));
        command.add("--library");
        command.add(address.display());
        return command;
    }

    private static Optional<String> ask(Stage owner) {
        Dialog<String> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Open library");
        dialog.setHeaderText("Open another library in a new window");
        TextField where = new TextField();
        where.setId("open-library-address");
        where.setPromptText("a folder, or postgresql://USER@HOST:PORT/DATABASE");
        HBox.setHgrow(where, Priority.ALWAYS);
        Button choose = new Button("Choose folder\u2026");
        choose.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("Library folder");
            File dir = chooser.showDialog(owner);
            if (dir != null) where.setText(dir.getAbsolutePath());
        });
        Label hint = new Label("A team library's password comes from PGPASSWORD or ~/.pgpass, never from here.");
        hint.setWrapText(true);
        VBox box = new VBox(8, new HBox(8, where, choose), hint);
        box.setPrefWidth(560);
        dialog.getDialogPane().setContent(box);
        ButtonType open = new ButtonType("Open", javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(open, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(open).disableProperty().bind(where.textProperty().isEmpty());
        dialog.setResultConverter(b -> b == open ? where.getText().strip() : null);
        dialog.setOnShown(e -> where.requestFocus());
        return dialog.showAndWait();
    }
}
