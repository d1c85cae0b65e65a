package org.reviewdesk.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.reviewdesk.model.library.LibraryAddress;
import org.reviewdesk.service.LibraryAdmin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Looking after a library as a whole: the schema update of a team library, a copy between the two kinds, compaction, a file taken as found. */
@Command(name = "library", mixinStandardHelpOptions = true,
        description = "Looks after a library as a whole: `library migrate`, `library copy FROM TO`, `library compact`,"
                + " `library accept-as-found`.",
        subcommands = {LibraryCommand.Migrate.class, LibraryCommand.Copy.class, LibraryCompactCommand.class,
                LibraryAcceptCommand.class})
final class LibraryCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ReviewDeskCommand.USAGE;
    }

    @Command(name = "migrate", mixinStandardHelpOptions = true,
            description = {"Brings a team library's schema up to this Review Desk's. Back it up first (pg_dump);",
                    "the programs of the team then need this Review Desk or a newer one. A folder library is",
                    "brought up to date whenever it is opened (after a copy into its backups folder)."})
    static final class Migrate implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;
        @Mixin
        LibraryOption library;

        @Override
        public Integer call() throws Exception {
            LibraryAddress address = library.address();
            String[] versions = LibraryAdmin.migrate(address);
            PrintWriter out = spec.commandLine().getOut();
            if (versions[0].equals(versions[1])) out.println(address.display() + ": already at " + versions[1]);
            else out.println(address.display() + ": schema " + versions[0] + " -> " + versions[1]);
            return 0;
        }
    }

    @Command(name = "copy", mixinStandardHelpOptions = true,
            description = {"Copies a library into a new one of either kind: a folder into a PostgreSQL database and",
                    "back. TO must hold no posts. Every table is counted in both, and the posts compared; the",
                    "exit code is 5 when they differ."})
    static final class Copy implements Callable<Integer> {
        static final int NOT_VERIFIED = 5;
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;
        @Parameters(index = "0", paramLabel = "FROM", description = "The library to copy: a folder or postgresql://…")
        String from;
        @Parameters(index = "1", paramLabel = "TO", description = "The new library: an empty folder or database.")
        String to;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            LibraryAddress source = LibraryAddress.parse(from);
            LibraryAddress target = LibraryAddress.parse(to);
            var report = LibraryAdmin.copy(source, target, line -> out.println("  copied " + line));
            out.printf("%s -> %s: %,d posts, %,d revisions, %,d comments%n", source.display(), target.display(),
                    report.to().get("post"), report.to().get("revision"), report.to().get("post_comment"));
            if (report.verified()) {
                out.println("verified: every table has as many rows in both, and the posts read the same");
                return 0;
            }
            spec.commandLine().getErr().println("review-desk: the copy differs from its source: " + report.from()
                    + " against " + report.to());
            return NOT_VERIFIED;
        }
    }
}
