package org.reviewdesk.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.reviewdesk.service.PostNotFoundException;
import org.reviewdesk.model.library.LibraryException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root command. Subcommands are the batch operations over the library; none of them opens the window. */
@Command(name = "review-desk", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Review AI-drafted technical posts offline. Without a command, opens the window.",
        subcommands = {ImportCommand.class, ExportCommand.class, ListCommand.class, QueueCommand.class,
                RevisionCommands.Bump.class, RevisionCommands.MarkReviewed.class, RevisionCommands.History.class,
                DiffCommand.class, RevisionCommands.Restore.class,
                RevisionCommands.TakeBack.class, ReviewCommands.Tick.class,
                ReviewCommands.Untick.class, SettingsCommand.class, TriageCommands.Trash.class,
                TriageCommands.Untrash.class, TriageCommands.Assign.class, TriageCommands.Flag.class, ViewsCommand.class,
                FindingCommands.Findings.class, FindingCommands.Dismiss.class, FindingCommands.Undismiss.class, FindingCommands.Checks.class, DictionaryCommand.class, SetCommand.class,
                RenderCommand.class, CheckCommand.class, TellsCommand.class, CommentCommands.Comments.class, CommentCommands.Comment.class,
                SynthCommand.class, BenchCommand.class, LibraryCommand.class, CommandLine.HelpCommand.class})
public final class ReviewDeskCommand implements Callable<Integer> {
    /** Exit code of a usage error (picocli's default is 2, which this tool keeps for failed files). */
    static final int USAGE = 1;
    /** Exit code of a write refused because the post changed between the command's read and its write. */
    static final int CONFLICT = 6;

    @CommandLine.Mixin
    LibraryOption library;

    public static int run(String[] args) {
        org.reviewdesk.gui.app.DeskLauncher.remember(args);
        java.util.Optional<String> window = windowLibrary(args);
        if (window.isPresent()) {
            // The window needs none of the command line's model (picocli's, costly to build at start):
            // its library starts opening at once.
            org.reviewdesk.gui.app.DeskLauncher.launch(
                    org.reviewdesk.service.LibraryLocation.resolveAddress(window.get().isEmpty() ? null : window.get(), System.getenv()));
            return 0;
        }
        CommandLine cl = commandLine();
        try {
            return cl.execute(args);
        } finally {
            // picocli's writers flush on println only: what a command printed without a line end (an export to
            // standard output) stayed in the buffer when the process exited, cut at a multiple of 8 KB.
            cl.getOut().flush();
            cl.getErr().flush();
        }
    }

    /**
     * When the arguments ask for the window (none, or only {@code --library DIR}): the library option as given, "" for
     * none. Anything else, a command or a mistake included, is for picocli.
     */
    static java.util.Optional<String> windowLibrary(String[] args) {
        if (args.length == 0) return java.util.Optional.of("");
        if (args.length == 1 && args[0].startsWith("--library=") && args[0].length() > "--library=".length()) {
            return java.util.Optional.of(args[0].substring("--library=".length()));
        }
        if (args.length == 2 && args[0].equals("--library") && !args[1].isBlank() && !args[1].startsWith("-")) {
            return java.util.Optional.of(args[1]);
        }
        return java.util.Optional.empty();
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
        if (e instanceof org.reviewdesk.service.PostChangedException) {
            err.println("review-desk: conflict: " + e.getMessage());
            return CONFLICT;
        }
        java.util.Optional<String> refused = org.reviewdesk.service.Refusals.of(e);
        if (refused.isPresent()) {
            err.println("review-desk: " + refused.get());
        } else if (e instanceof java.io.IOException io) {
            err.println("review-desk: " + FileErrors.describe(io));
        } else if (e instanceof LibraryException || e instanceof PostNotFoundException
                || e instanceof IllegalArgumentException) {
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
        org.reviewdesk.gui.app.DeskLauncher.launch(library.address());
        return 0;
    }
}
