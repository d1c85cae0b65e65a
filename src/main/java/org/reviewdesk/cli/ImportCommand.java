package org.reviewdesk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.reviewdesk.formats.Format;
import org.reviewdesk.service.Desk;
import org.reviewdesk.service.FileOutcome;
import org.reviewdesk.service.ImportListener;
import org.reviewdesk.service.ImportOptions;
import org.reviewdesk.service.ImportReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Imports files and folders (recursively) into the library, one transaction per file.",
                "Exit 0 when nothing failed, 2 when a file failed (the others are still imported), 1 on a usage error."})
final class ImportCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    LibraryOption library;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders to import.")
    List<Path> paths;

    @Option(names = "--format", defaultValue = "auto", paramLabel = "FORMAT",
            description = "auto, alphanode, social, markdown, json or wxr (default: ${DEFAULT-VALUE}, detected per file).")
    String format;

    @Option(names = "--overwrite", description = "Replace posts edited in the library since their import (their state is kept as a revision first).")
    boolean overwrite;

    @Option(names = "--split-related", description = "Import each related post of a social feed scrape as its own draft.")
    boolean splitRelated;

    @Option(names = "--json", description = "Print the outcome as JSON.")
    boolean json;

    @Option(names = "--no-checks", description = "Do not run the editorial checks on the posts written (the queue's "
            + "findings then wait for 'check --all' or the window).")
    boolean noChecks;

    /** On standard error: each failed file as it fails (not with --json), and what the import does after its last file. */
    private ImportListener progress(PrintWriter err) {
        return new ImportListener() {
            @Override
            public void fileDone(int done, int total, FileOutcome outcome) {
                if (!json && outcome.kind() == FileOutcome.Kind.FAILED) err.println(describe(outcome));
            }

            @Override
            public void finishing(String what) {
                err.println(what + "\u2026");
            }
        };
    }

    private static final int PROGRESS_EVERY = 2_000;

    /** Why the checks after the import stopped, when they did. */
    private String checksFailed;

    @Override
    public Integer call() throws Exception {
        Format chosen = "auto".equalsIgnoreCase(format) ? null : Format.parse(format);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ImportReport report;
        int checked = 0;
        try (Desk desk = library.open()) {
            // Only an import that checks takes a mark: with --no-checks the posts wait for 'check --all'.
            long mark = noChecks ? 0 : desk.checks().mark();
            report = desk.imports().importPaths(paths, new ImportOptions(chosen, overwrite, splitRelated), progress(err));
            // Even when nothing was written: the mark may be owed by an earlier import whose checks never finished.
            if (!noChecks) checked = check(desk, mark, report.imported() + report.updated(), err);
        }
        if (json) {
            Map<String, Object> root = toJson(report);
            if (!noChecks) root.put("checked", checked);
            out.println(Json.write(root));
        } else {
            out.printf("%d imported, %d updated, %d unchanged, %d kept (edited locally), %d failed%n",
                    report.imported(), report.updated(), report.unchanged(), report.conflicts().size(), report.failed().size());
            for (ImportReport.Conflict c : report.conflicts()) {
                out.printf("kept local edits of %s (%s); use --overwrite to replace them%n", c.reference(), c.file());
            }
            if (checked > 0) out.printf("checked %s; their findings are in the queue%n", TriageCommands.posts(checked));
        }
        if (checksFailed != null) {
            err.println("review-desk: the posts were imported, but checking them stopped: " + checksFailed
                    + " (their findings wait for 'check --all')");
        }
        err.flush();
        return report.hasFailures() ? 2 : checksFailed != null ? 7 : 0;
    }

    /**
     * Checks the posts written since {@code mark}; how many. A failure leaves {@link #checksFailed} saying why: the posts
     * are in the library by then, and a failure that hid them would say nothing was written.
     */
    private int check(Desk desk, long mark, int written, PrintWriter err) {
        // A large import's checks take a minute or more: said when they start, and how far they are every 2,000 posts.
        if (written >= PROGRESS_EVERY / 2) err.printf("checking the %,d posts written\u2026%n", written);
        try {
            return desk.checks().checkWrittenSince(mark, done -> {
                if (done % PROGRESS_EVERY == 0) err.printf("checked %,d of %,d posts%n", done, Math.max(done, written));
            });
        } catch (RuntimeException e) {
            String m = String.valueOf(e.getMessage());
            checksFailed = e.getClass().getSimpleName() + ": " + (m.contains("\n") ? m.substring(0, m.indexOf('\n')) : m);
            if (System.getenv("REVIEW_DESK_DEBUG") != null) e.printStackTrace(err);
            return 0;
        }
    }

    private static String describe(FileOutcome o) {
        return o.line() > 0 ? o.file() + ":" + o.line() + ": " + o.message() : o.file() + ": " + o.message();
    }

    static Map<String, Object> toJson(ImportReport report) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("imported", report.imported());
        root.put("updated", report.updated());
        root.put("unchanged", report.unchanged());
        root.put("failed", report.failed().stream().map(f -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file", f.file());
            m.put("line", f.line());
            m.put("reason", f.reason());
            return m;
        }).toList());
        root.put("conflicts", report.conflicts().stream().map(c -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file", c.file());
            m.put("reference", c.reference());
            m.put("reason", "edited in the library since its import; kept (use --overwrite to replace)");
            return m;
        }).toList());
        return root;
    }
}
