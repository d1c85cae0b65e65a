package org.reviewdesk.cli;

import java.nio.file.Path;
import org.reviewdesk.service.Desk;
import org.reviewdesk.store.LibraryException;
import org.reviewdesk.store.LibraryLocation;
import picocli.CommandLine.Option;

/** The {@code --library DIR} option that every command over the library shares. */
public final class LibraryOption {
    @Option(names = "--library", paramLabel = "DIR",
            description = "The library folder (default: $REVIEW_DESK_LIBRARY, else the user's data folder).")
    String library;

    public Path folder() {
        return LibraryLocation.resolve(library, System.getenv());
    }

    /** Opens the desk; a library that cannot be opened ends the command with its one-line message. */
    public Desk open() throws LibraryException {
        return Desk.open(folder());
    }
}
