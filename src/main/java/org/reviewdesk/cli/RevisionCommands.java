package org.reviewdesk.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.reviewdesk.model.SemVer;
import org.reviewdesk.service.Desk;
import org.reviewdesk.service.ReviewService;
import org.reviewdesk.service.RevisionDiff;
import org.reviewdesk.model.library.RevisionInfo;
import org.reviewdesk.model.library.StoredPost;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The commands over a post's revision versions: bump, mark-reviewed, history, restore and take-back (diff: DiffCommand). */
final class RevisionCommands {
    private RevisionCommands() {
    }

    static String version(StoredPost post) {
        SemVer v = post.post().meta().revisionOrEmpty().version();
        return v == null ? "(none)" : v.toString();
    }

    @Command(name = "bump", mixinStandardHelpOptions = true,
            description = {"Bumps a post's version (patch, minor or major) with a note, keeping a full snapshot; prints the new version.",
                    "It also sets the post's last reviewed date to today. It is not a review: the status and needs review stay "
                            + "as they are, and nothing is checked (mark-reviewed --bump does both)."})
    static final class Bump implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;
        @Mixin
        LibraryOption library;
        @Parameters(index = "0", paramLabel = "REFERENCE")
        String reference;
        @Parameters(index = "1", paramLabel = "patch|minor|major")
        String kind;
        @Option(names = "--note", paramLabel = "TEXT", defaultValue = "", description = "What changed in this revision.")
        String note;

        @Override
        public Integer call() throws Exception {
            SemVer.Bump bump = parseBump(spec, kind);
            try (Desk desk = library.open()) {
                StoredPost written = desk.revisions().bump(reference, bump, note);
                spec.commandLine().getOut().println(version(written));
                return Rechecked.after(desk, written, spec);
            }
        }
    }

    static SemVer.Bump parseBump(picocli.CommandLine.Model.CommandSpec spec, String kind) {
        try {
            return SemVer.Bump.parse(kind);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    @Command(name = "mark-reviewed", mixinStandardHelpOptions = true,
            description = {"Marks posts reviewed: clears needs human review, sets status reviewed and last reviewed to today; "
                    + "optionally bumps the version.",
                    "A post is refused while its meta has errors, a finding of a check the library counts as an error is "
                            + "open (not dismissed), or an item of the library's review checklist is not ticked on it "
                            + "(see: settings, tick). Refused posts are listed with every reason and the command exits 4; "
                            + "the other posts of the call are marked. --override marks them anyway and keeps the reason "
                            + "and your user name in the post's history."},
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:every post was marked reviewed", "1:usage error or unknown reference",
                    "4:a post was refused (the others were marked)"})
    static final class MarkReviewed implements Callable<Integer> {
        /** Exit code when a post was refused: what "reviewed" requires was not met. */
        static final int REFUSED = 4;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;
        @Mixin
        LibraryOption library;
        @Parameters(paramLabel = "REFERENCE", arity = "1..*")
        List<String> references;
        @Option(names = "--bump", paramLabel = "patch|minor|major", description = "Also bump each post's version.")
        String bump;
        @Option(names = "--note", paramLabel = "TEXT", defaultValue = "marked reviewed", description = "The note of the revision when bumping.")
        String note;
        @Option(names = "--override", paramLabel = "REASON",
                description = "Mark refused posts reviewed anyway; the reason and your user name go into their history.")
        String override;

        @Override
        public Integer call() throws Exception {
            SemVer.Bump kind = bump == null ? null : parseBump(spec, bump);
            if (override != null && override.isBlank()) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--override needs a reason");
            }
            try (Desk desk = library.open()) {
                ReviewService.Outcome outcome = desk.reviews().markReviewed(references, kind, note, override);
                PrintWriter out = spec.commandLine().getOut();
                for (String ref : outcome.marked()) {
                    out.printf("%s reviewed, version %s%n", ref, version(desk.revisions().find(ref)));
                }
                PrintWriter err = spec.commandLine().getErr();
                for (ReviewService.Refusal r : outcome.refused()) {
                    err.printf("%s not marked reviewed:%n", r.reference());
                    for (String reason : r.reasons()) err.printf("  - %s%n", reason);
                }
                if (!outcome.refused().isEmpty()) {
                    err.println("Fix these, or mark anyway with --override \"REASON\" (kept in the history).");
                    return REFUSED;
                }
            }
            return 0;
        }
    }

    @Command(name = "history", mixinStandardHelpOptions = true, description = "Lists a post's revisions, newest first.")
    static final class History implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;
        @Mixin
        LibraryOption library;
        @Parameters(paramLabel = "REFERENCE")
        String reference;
        @Option(names = "--json", description = "Print a JSON array.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            List<RevisionInfo> history;
            String current;
            try (Desk desk = library.open()) {
                current = version(desk.revisions().find(reference));
                history = desk.revisions().history(reference);
            }
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(Json.write(history.stream().map(h -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("id", "#" + h.id());
                    m.put("version", h.version());
                    m.put("created_at", h.createdAt().toString());
                    m.put("kind", h.kind());
                    m.put("note", h.note());
                    return m;
                }).toList()));
                return 0;
            }
            out.printf("%s is at version %s%n", reference, current);
            Table table = new Table("ID", "VERSION", "WHEN", "KIND", "NOTE");
            for (RevisionInfo h : history) table.row("#" + h.id(), h.version(), h.createdAt(), h.kind(), h.note());
            table.print(out);
            return 0;
        }
    }

    @Command(name = "restore", mixinStandardHelpOptions = true,
            description = "Restores an older version of a post as a new revision; nothing is overwritten. Prints the new version.")
    static final class Restore implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;
        @Mixin
        LibraryOption library;
        @Parameters(index = "0", paramLabel = "REFERENCE")
        String reference;
        @Parameters(index = "1", paramLabel = "VERSION")
        String version;

        @Override
        public Integer call() throws Exception {
            try (Desk desk = library.open()) {
                StoredPost written = desk.revisions().restore(reference, version);
                spec.commandLine().getOut().println(version(written));
                return Rechecked.after(desk, written, spec);
            }
        }
    }

    @Command(name = "take-back", mixinStandardHelpOptions = true,
            description = "Puts one change of the body (--hunk N: the window's 'Change N' of VERSION compared with now) or one "
                    + "meta field (--field PATH) back from VERSION, as a new revision. Prints the version.")
    static final class TakeBack implements Callable<Integer> {
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;
        @Mixin
        LibraryOption library;
        @Parameters(index = "0", paramLabel = "REFERENCE")
        String reference;
        @Parameters(index = "1", paramLabel = "VERSION")
        String version;
        @picocli.CommandLine.ArgGroup(multiplicity = "1")
        What what;

        static final class What {
            @Option(names = "--hunk", paramLabel = "N", description = "the change of the body, 1 for the first")
            Integer hunk;
            @Option(names = "--field", paramLabel = "PATH", description = "the meta field by its JSON path, e.g. difficulty")
            String field;
        }

        @Override
        public Integer call() throws Exception {
            try (Desk desk = library.open()) {
                var revisions = desk.revisions();
                long expected = revisions.find(reference).rowVersion();
                long from = revisions.revisionId(reference, version);
                StoredPost done = what.hunk != null ? revisions.takeBack(reference, from, what.hunk - 1, expected)
                        : revisions.takeBackField(reference, from, what.field, expected);
                spec.commandLine().getOut().println(version(done));
                return Rechecked.after(desk, done, spec);
            }
        }
    }
}
