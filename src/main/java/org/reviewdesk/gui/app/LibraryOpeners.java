package org.reviewdesk.gui.app;

import org.reviewdesk.gui.library.DeskLibraryAccess;

/** The one place that says how the desk opens a library folder: through the service layer's Desk. */
final class LibraryOpeners {
    static LibraryOpener standard() {
        return DeskLibraryAccess::open;
    }

    private LibraryOpeners() {
    }
}
