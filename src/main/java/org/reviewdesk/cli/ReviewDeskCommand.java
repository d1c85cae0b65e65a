package org.reviewdesk.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.reviewdesk.service.PostNotFoundException;
import org.reviewdesk.store.LibraryException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root command. Subcommands are the batch operations over the library; none of them opens the window. */
@Command(name = "review-desk", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Review AI-drafted technical posts offline. Without a command, opens the window.",
        subcommands = {ImportCommand.class, ExportCommand.class, ListCommand.class, QueueCommand.class,
                RevisionCommands.Bump.class, RevisionCommands.MarkReviewed.class, RevisionCommands.History.class,
                RevisionCommands.Diff.class, RevisionCommands.Restore.class, RenderCommand.class, CheckCommand.class,
                SynthCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class ReviewDeskCommand implements Callable<Integer> {
    /** Exit code of a usage error (picocli's default is 2, which this tool keeps for failed files). */
    static final int USAGE = 1;

    @CommandLine.Mixin
    LibraryOption library;

    public static int run(String[] args) {
        return commandLine().execute(args);
    }

    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new ReviewDeskCommand());
        cl.setParameterExceptionHandler(ReviewDeskCommand::usageError);
        cl.setExecutionExceptionHandler(ReviewDeskCommand::failure);
        return cl;
    }

    private static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        PrintWriter err = cl.getErr();
        err.println("review-desk: " + e.getMessage());
        err.println("Try '" + cl.getCommandSpec().qualifiedName() + " --help' for more information.");
        return USAGE;
    }

    /** Errors a user can act on get one line; anything else also says it is a defect. */
    private static int failure(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        if (e instanceof LibraryException || e instanceof PostNotFoundException
                || e instanceof IllegalArgumentException || e instanceof java.io.IOException) {
            err.println("review-desk: " + e.getMessage());
        } else {
            err.println("review-desk: unexpected error (" + e.getClass().getSimpleName() + "): " + e.getMessage());
            err.println("This is a defect of Review Desk; run with REVIEW_DESK_DEBUG=1 to see the stack trace.");
            if (System.getenv("REVIEW_DESK_DEBUG") != null) e.printStackTrace(err);
        }
        return USAGE;
    }

    @Override
    public Integer call() throws Exception {
        org.reviewdesk.gui.app.DeskLauncher.launch(library.folder());
        return 0;
    }
}
