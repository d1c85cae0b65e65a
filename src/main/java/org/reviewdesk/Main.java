package org.reviewdesk;

import org.reviewdesk.cli.ReviewDeskCommand;

/**
 * The one entry point: with no command it opens the window, with a command it runs the command line.
 * It is not an {@code Application} itself, so that JavaFX can start from the class path.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(ReviewDeskCommand.run(args));
    }
}
