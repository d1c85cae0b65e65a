package org.reviewdesk.gui.app;

import java.nio.file.Path;
import org.reviewdesk.gui.library.LibraryAccess;

/** Opens (and on first start creates) the library in a folder; may block, so it runs in the background. */
@FunctionalInterface
public interface LibraryOpener {
    LibraryAccess open(Path folder) throws Exception;
}
