package org.reviewdesk.gui.app;

import java.nio.file.Path;
import javafx.application.Application;
import org.reviewdesk.model.library.LibraryAddress;

/** What the command line calls to open the window: {@code DeskLauncher.launch(folder)} blocks until it closes. */
public final class DeskLauncher {
    private DeskLauncher() {
    }

    private static volatile java.util.List<String> arguments = java.util.List.of();

    /** The command line's own arguments, remembered so that File ▸ Open library… can start another window. */
    public static void remember(String[] args) {
        arguments = java.util.List.of(args);
    }

    static java.util.List<String> arguments() {
        return arguments;
    }

    public static void launch(Path libraryFolder) {
        launch(new LibraryAddress.Folder(libraryFolder.toAbsolutePath().normalize().toString()));
    }

    /** Opens the window on the library at {@code address}: a folder or a team library's PostgreSQL address. */
    public static void launch(LibraryAddress address) {
        StartupTrace.process().mark("launch");
        // The library opens while the toolkit starts and the window is built: each takes about a second.
        DeskApp.openEarly(address);
        Application.launch(DeskApp.class, "--" + DeskApp.LIBRARY_PARAMETER + "=" + address.display());
        try {
            DeskApp.awaitClosed();
            SaveOnTerminate.awaitSignalledExit();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
