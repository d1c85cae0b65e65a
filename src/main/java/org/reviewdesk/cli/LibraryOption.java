package org.reviewdesk.cli;

import java.nio.file.Path;
import org.reviewdesk.service.Desk;
import org.reviewdesk.model.library.LibraryException;
import org.reviewdesk.service.LibraryLocation;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The {@code --library DIR|postgresql://…} option that every command over the library shares. */
public final class LibraryOption {
    @Option(names = "--library", paramLabel = "DIR|postgresql://USER@HOST:PORT/DATABASE",
            description = "The library: a folder, or a team library's PostgreSQL address (password from PGPASSWORD or "
                    + "~/.pgpass). Default: $REVIEW_DESK_LIBRARY, else the user's data folder.")
    String library;

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    /** This command's --library, else one given before the command's name (review-desk --library DIR list). */
    public org.reviewdesk.model.library.LibraryAddress address() {
        return LibraryLocation.resolveAddress(chosen(), System.getenv());
    }

    /** The library folder this command names (a team library's address is not a folder: use {@link #address()}). */
    public Path folder() {
        return LibraryLocation.resolve(chosen(), System.getenv());
    }

    private String chosen() {
        String chosen = library;
        for (CommandSpec c = mixee == null ? null : mixee.parent(); chosen == null && c != null; c = c.parent()) {
            if (c.userObject() instanceof ReviewDeskCommand root && root.library != null) chosen = root.library.library;
            if (c.userObject() instanceof SettingsCommand s && s.library != null) chosen = s.library.library;
            if (c.userObject() instanceof CommentCommands.Comment g && g.library != null) chosen = g.library.library;
        }
        if (chosen != null && chosen.isBlank()) {
            // A script's empty variable (--library "$LIB") must not quietly open, and write to, the default library.
            String why = "--library is empty: name a library folder or a postgresql:// address, or leave the option out "
                    + "for the default library";
            if (mixee == null) throw new IllegalArgumentException(why);
            throw new picocli.CommandLine.ParameterException(mixee.commandLine(), why);
        }
        return chosen;
    }

    /**
     * Opens the desk; a library that cannot be opened ends the command with its one-line message. What takes long
     * before the command can start (an upgrade, sort indexes built again) is said on standard error first.
     */
    public Desk open() throws LibraryException {
        java.io.PrintWriter err = mixee == null ? new java.io.PrintWriter(System.err, true) : mixee.commandLine().getErr();
        return Desk.open(address(), notice -> {
            err.println("review-desk: " + notice + "\u2026");
            err.flush();
        });
    }
}
