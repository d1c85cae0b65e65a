package org.reviewdesk.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.reviewdesk.service.LibraryAdmin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code library compact}: the folder library's unused file space given back now, with its size as it shrinks. */
@Command(name = "compact", mixinStandardHelpOptions = true,
        description = {"Gives the library file's unused space back: its pages are moved together and compressed, and",
                "the file is cut after them. Review Desk does this itself when the last program that has the",
                "library open closes it; this is for a library that was not closed that way. Refused while another",
                "program has the library open, and nothing is changed."})
final class LibraryCompactCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;
    @Mixin
    LibraryOption library;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        var address = library.address();
        out.println(address.display() + ": compacting…");
        out.flush();
        var report = LibraryAdmin.compact(address, bytes -> {
            out.printf("  the file is %,.1f MB%n", bytes / 1e6);
            out.flush();
        });
        out.printf("%s: %,.1f MB -> %,.1f MB in %.1f s%n", address.display(), report.bytesBefore() / 1e6,
                report.bytesAfter() / 1e6, report.seconds());
        return 0;
    }
}
