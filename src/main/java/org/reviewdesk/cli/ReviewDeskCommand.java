package org.reviewdesk.cli;

import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root command. Subcommands are the batch operations over the library. */
@Command(name = "review-desk", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Review AI-drafted technical posts offline. Without a command, opens the window.")
public final class ReviewDeskCommand implements java.util.concurrent.Callable<Integer> {

    public static int run(String[] args) {
        return new CommandLine(new ReviewDeskCommand()).execute(args);
    }

    @CommandLine.Option(names = "--library", paramLabel = "DIR", scope = CommandLine.ScopeType.INHERIT,
            description = "The library folder (default: $REVIEW_DESK_LIBRARY, else the current folder).")
    Path library;

    /** Without a command: open the window on the library. */
    @Override
    public Integer call() {
        String fromEnv = System.getenv("REVIEW_DESK_LIBRARY");
        Path folder = library != null ? library : fromEnv != null && !fromEnv.isBlank() ? Path.of(fromEnv) : Path.of(".");
        org.reviewdesk.gui.app.DeskLauncher.launch(folder);
        return 0;
    }
}
