package org.reviewdesk.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root command. Subcommands are the batch operations over the library. */
@Command(name = "review-desk", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Review AI-drafted technical posts offline. Without a command, opens the window.")
public final class ReviewDeskCommand implements java.util.concurrent.Callable<Integer> {

    public static int run(String[] args) {
        return new CommandLine(new ReviewDeskCommand()).execute(args);
    }

    @Override
    public Integer call() {
        System.err.println("The window is not built yet.");
        return 1;
    }
}
