package org.reviewdesk.gui.app;

import java.nio.file.Path;
import javafx.application.Application;

/** What the command line calls to open the window: {@code DeskLauncher.launch(folder)} blocks until it closes. */
public final class DeskLauncher {
    private DeskLauncher() {
    }

    public static void launch(Path libraryFolder) {
        StartupTrace.process().mark("launch");
        Path folder = libraryFolder.toAbsolutePath().normalize();
        // The library opens while the toolkit starts and the window is built: each takes about a second.
        DeskApp.openEarly(folder);
        Application.launch(DeskApp.class, "--" + DeskApp.LIBRARY_PARAMETER + "=" + folder);
    }
}
