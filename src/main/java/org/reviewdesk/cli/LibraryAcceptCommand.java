package org.reviewdesk.cli;

import java.util.concurrent.Callable;
import org.reviewdesk.service.LibraryAdmin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code library accept-as-found}: a folder library refused for holding fewer changes than were written, opened as it is. */
@Command(name = "accept-as-found", mixinStandardHelpOptions = true,
        description = {"Opens a folder library as its file is, when Review Desk refused it because the file holds fewer",
                "changes than were written to it (the writes since then are missing). Use it once you have kept",
                "what you need from the copy made when it was refused (backups/), or when you put an older copy",
                "of the library back yourself. No post is changed; the library stops being refused, and the search",
                "index, which held the lost writes, is built again by the window."})
final class LibraryAcceptCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;
    @Mixin
    LibraryOption library;

    @Override
    public Integer call() throws Exception {
        var address = library.address();
        if (LibraryAdmin.acceptAsFound(address)) {
            spec.commandLine().getOut().println(address.display() + ": opened as it is; it is the library from now on");
        } else {
            spec.commandLine().getOut().println(address.display() + ": nothing to accept: the library is not refused, "
                    + "and nothing was changed");
        }
        return 0;
    }
}
