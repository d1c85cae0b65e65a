package org.reviewdesk.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * A file system error as a line a user can act on. The JDK's exceptions for the commonest failures carry only the
 * path as their message ({@code review-desk: /tmp/out}), which says where but not what went wrong.
 */
final class FileErrors {
    private FileErrors() {
    }

    static String describe(IOException e) {
        if (!(e instanceof FileSystemException f) || f.getFile() == null) return e.getMessage();
        String what;
        if (f instanceof NoSuchFileException) what = "no such file or folder (or a folder on its way is missing)";
        else if (f instanceof FileAlreadyExistsException) what = "already exists, and is not what was expected here (a folder where a file was to be, or a file where a folder was)";
        else if (f instanceof AccessDeniedException) what = "permission denied";
        else if (f instanceof NotDirectoryException) what = "not a folder";
        else if (f instanceof DirectoryNotEmptyException) what = "the folder is not empty";
        else if (f.getReason() != null) what = f.getReason().toLowerCase(java.util.Locale.ROOT);
        else what = e.getClass().getSimpleName();
        return f.getFile() + (f.getOtherFile() != null ? " (to " + f.getOtherFile() + ")" : "") + ": " + what;
    }
}
