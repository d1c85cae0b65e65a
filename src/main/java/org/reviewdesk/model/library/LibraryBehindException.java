package org.reviewdesk.model.library;

import java.time.Instant;

/**
 * A folder library whose file holds fewer changes than were written to it and reported done: the file went back to an
 * older state. It is not opened, so that nothing is written over what the file still holds; a copy of the file as it
 * was found is kept beside it. Opening it as it is ({@code library accept-as-found}, or the window's button) is the
 * user's choice (docs/decisions/0025).
 */
public final class LibraryBehindException extends LibraryException {
    private static final long serialVersionUID = 1L;
    private final String folder;
    private final String copy;
    private final long inFile;
    private final long written;
    private final transient Instant writtenAt;

    public LibraryBehindException(String folder, long inFile, long written, Instant writtenAt, String copy) {
        super("the library file at " + folder + " holds fewer changes than were written to it: its newest is change "
                + inFile + ", and change " + written + " was written on " + when(writtenAt) + ". Writes made since then are "
                + "missing from the file. Nothing was written to it now"
                + (copy == null ? "" : "; a copy of the file as it was found is at " + copy)
                + ". If you put an older copy of the library back yourself, open it as it is with "
                + "'review-desk library accept-as-found --library " + folder + "'.");
        this.folder = folder;
        this.copy = copy;
        this.inFile = inFile;
        this.written = written;
        this.writtenAt = writtenAt;
    }

    /** The newest change the file holds. */
    public long inFile() {
        return inFile;
    }

    /** The newest change written to the library and reported done, and when. */
    public long written() {
        return written;
    }

    public Instant writtenAt() {
        return writtenAt;
    }

    /** A moment as the user reads it: the computer's time zone, to the second, with the zone's name. */
    public static String when(Instant at) {
        return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z")
                .format(at.atZone(java.time.ZoneId.systemDefault()));
    }

    public String folder() {
        return folder;
    }

    /** The copy of the file as it was found, or null if none could be made. */
    public String copy() {
        return copy;
    }
}
