package org.reviewdesk.cli;

import org.reviewdesk.model.library.StoredPost;
import org.reviewdesk.service.Desk;

/**
 * A command that changed a post checks it again before it ends, so that the queue's findings speak of the post as it is
 * now ({@code bump}, {@code restore}, {@code take-back}, {@code set}).
 */
final class Rechecked {
    private Rechecked() {
    }

    /**
     * Checks the post as written again and stores its findings (the queue's filter and counts, and the stale-review check
     * of a bump, must not speak of the post as it was); returns the command's exit code: 0, or
     * {@value #EXIT_WRITTEN_NOT_CHECKED} when the post was written but could not be checked, as standard error says.
     */
    static int after(Desk desk, StoredPost written, picocli.CommandLine.Model.CommandSpec spec) {
        try {
            try {
                desk.checks().recheck(written.id());
            } catch (RuntimeException first) {
                // Another program that served the library may have just ended: one more try once it has handed over.
                Thread.sleep(1000);
                desk.checks().recheck(written.id());
            }
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return EXIT_WRITTEN_NOT_CHECKED;
        } catch (RuntimeException e) {
            // The write is committed: saying it failed would be false, and a script would do it again.
            spec.commandLine().getErr().println("review-desk: the post was written, but checking it again stopped: "
                    + firstLine(e) + "; its findings wait for: review-desk check --ref " + written.post().reference());
            return EXIT_WRITTEN_NOT_CHECKED;
        }
    }

    private static String firstLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    /** The exit code of a command that wrote and could not check what it wrote (the same as import's). */
    static final int EXIT_WRITTEN_NOT_CHECKED = 7;
}
