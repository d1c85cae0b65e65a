package org.reviewdesk.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.reviewdesk.service.Desk;
import org.reviewdesk.service.RevisionDiff;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code diff}: two versions of a post compared, or one with the post as it is now; each change of the body is
 * numbered as the window's History numbers it, which is the number {@code take-back --hunk} takes.
 */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Shows what changed between two versions of a post, or from a version to the post as it is now "
                + "(VERSION_B left out, or 'now'): fields, then each change of the body, numbered ([-removed-] {+added+}).",
                "A change's number is the one 'take-back --hunk N REFERENCE VERSION_A' puts back, when compared with now."})
final class DiffCommand implements Callable<Integer> {
    static final String NOW = "now";

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;
    @Mixin
    LibraryOption library;
    @Parameters(index = "0", paramLabel = "REFERENCE")
    String reference;
    @Parameters(index = "1", paramLabel = "VERSION_A")
    String from;
    @Parameters(index = "2", paramLabel = "VERSION_B", arity = "0..1", description = "a version, or now (the default)")
    String to;

    @Override
    public Integer call() throws Exception {
        boolean withNow = to == null || to.toLowerCase(Locale.ROOT).equals(NOW);
        RevisionDiff diff;
        try (Desk desk = library.open()) {
            var revisions = desk.revisions();
            diff = withNow ? revisions.compareWithCurrent(reference, revisions.revisionId(reference, from)).diff()
                    : revisions.diff(reference, from, to);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf("--- %s %s%n+++ %s %s%n", reference, from, reference, withNow ? "now" : to);
        for (RevisionDiff.FieldChange f : diff.fields()) {
            out.printf("%s: %s -> %s%n", f.path(), f.from() == null ? "(absent)" : f.from(), f.to() == null ? "(absent)" : f.to());
        }
        List<RevisionDiff.Hunk> hunks = diff.hunks();
        for (int n = 0; n < hunks.size(); n++) {
            RevisionDiff.Hunk h = hunks.get(n);
            out.printf("@@ change %d: %s @@%n", n + 1, where(h));
            for (RevisionDiff.Line l : diff.body().subList(h.firstRow(), h.firstRow() + h.rows())) print(out, l);
        }
        if (diff.isEmpty()) out.println("no differences");
        return 0;
    }

    /** Where a change is, by the lines of each side it covers (1-based), as "lines 3-4 -> line 3". */
    private static String where(RevisionDiff.Hunk h) {
        return lines(h.leftStart(), h.leftCount()) + " -> " + lines(h.rightStart(), h.rightCount());
    }

    private static String lines(int start, int count) {
        if (count == 0) return "after line " + start;
        return count == 1 ? "line " + (start + 1) : "lines " + (start + 1) + "-" + (start + count);
    }

    private static void print(PrintWriter out, RevisionDiff.Line l) {
        switch (l.kind()) {
            case SAME -> { }
            case REMOVED -> out.printf("-%4d  %s%n", l.leftNumber(), l.left());
            case ADDED -> out.printf("+%4d  %s%n", l.rightNumber(), l.right());
            case CHANGED -> {
                out.printf("-%4d  %s%n", l.leftNumber(), mark(l.left(), l.leftWords(), "[-", "-]"));
                out.printf("+%4d  %s%n", l.rightNumber(), mark(l.right(), l.rightWords(), "{+", "+}"));
            }
        }
    }

    /** The text with the given ranges wrapped in {@code open} and {@code close}. */
    static String mark(String text, List<RevisionDiff.Range> ranges, String open, String close) {
        StringBuilder sb = new StringBuilder();
        int at = 0;
        for (RevisionDiff.Range r : ranges) {
            sb.append(text, at, r.start()).append(open).append(text, r.start(), r.end()).append(close);
            at = r.end();
        }
        return sb.append(text.substring(at)).toString();
    }
}
