package org.reviewdesk.gui.app;

import java.nio.file.Path;
import javafx.application.Application;

/** What the command line calls to open the window: {@code DeskLauncher.launch(folder)} blocks until it closes. */
public final class DeskLauncher {
    private DeskLauncher() {
    }

    public static void launch(Path libraryFolder) {
        Application.launch(DeskApp.class, "--" + DeskApp.LIBRARY_PARAMETER + "=" + libraryFolder.toAbsolutePath());
    }
}
