package org.reviewdesk.testing;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Stops JavaFX when the tests are done, before the test JVM exits. Left running, its threads (the WebView's engine
 * among them) met the JVM's exit mid-work: one suite run of several ended in a native abort after every test had
 * passed, which failed the build.
 */
public final class FxToolkitShutdown implements LauncherSessionListener {
    @Override
    public void launcherSessionClosed(LauncherSession session) {
        javafx.application.Platform.exit(); // a no-op when no test started JavaFX
    }
}
