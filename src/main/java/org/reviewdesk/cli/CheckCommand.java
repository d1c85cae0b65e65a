package org.reviewdesk.cli;

import org.reviewdesk.checks.rules.StandardChecks;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.reviewdesk.checks.CheckEngine;
import org.reviewdesk.checks.CheckSettings;
import org.reviewdesk.checks.Finding;
import org.reviewdesk.checks.InMemoryLibraryStats;
import org.reviewdesk.checks.LibraryStats;
import org.reviewdesk.checks.Severity;
import org.reviewdesk.model.Post;
import org.reviewdesk.service.Desk;
import org.reviewdesk.service.ImportOptions;
import org.reviewdesk.service.PostFiles;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Runs the editorial checks on files (without importing them) or on posts of the library.",
                "Exit 3 when a finding at or above --fail-on exists, 2 when a file cannot be read, else 0."})
final class CheckCommand implements Callable<Integer> {
    static final int FINDINGS_AT_THRESHOLD = 3;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    LibraryOption library;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    static final class Target {
        @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders to check.")
        List<Path> paths;

        @Option(names = "--ref", paramLabel = "REFERENCE", arity = "1..*", description = "Posts of the library to check.")
        List<String> references;

        @Option(names = "--all", description = "Check every post of the library and store the findings (the queue's findings column).")
        boolean all;
    }

    @Option(names = "--json", description = "Print [{\"file\" or \"reference\": …, \"findings\": [{\"id\",\"severity\",\"message\",\"line\" (of the body), \"file_line\"}]}].")
    boolean json;

    @Option(names = "--fail-on", paramLabel = "error|warning", description = "Exit 3 when a finding of this severity or worse exists.")
    String failOn;

    /** @param fileLines the file's line of each body line ({@link PostFiles#readWithLines}); null when not known or no file */
    private record Checked(String key, String name, List<Finding> findings, String error, int[] fileLines) {
        Checked(String key, String name, List<Finding> findings, String error) {
            this(key, name, findings, error, null);
        }

        /** The file line of a finding on body line {@code line}, or 0. */
        int fileLine(int line) {
            return fileLines != null && line > 0 && line <= fileLines.length ? fileLines[line - 1] : 0;
        }

        /** Where a finding is, for the text output: the file's line where known, else the body's said as such. */
        String where(Finding f) {
            if (fileLine(f.line()) > 0) return name + ":" + fileLine(f.line());
            if (f.line() > 0) return name + (key.equals("file") ? " (body line " + f.line() + ")" : ":" + f.line());
            return name + (f.metaField() != null ? " [" + f.metaField() + "]" : "");
        }
    }

    @Override
    public Integer call() throws Exception {
        Severity threshold = failOn == null ? null : parseSeverity(failOn);
        if (target.all) return checkWholeLibrary();
        List<Checked> results = target.paths != null ? checkFiles() : checkReferences();
        print(results);
        boolean unreadable = results.stream().anyMatch(r -> r.error() != null);
        boolean atThreshold = threshold != null && results.stream()
                .flatMap(r -> r.findings().stream()).anyMatch(f -> f.severity().atLeast(threshold));
        return atThreshold ? FINDINGS_AT_THRESHOLD : unreadable ? 2 : 0;
    }

    /** Checks every post of the library and stores the findings for the queue. */
    private int checkWholeLibrary() throws Exception {
        try (Desk desk = library.open()) {
            long t = System.nanoTime();
            int n = desk.checks().recheckAll(done -> {
                if (done % 5000 == 0) spec.commandLine().getErr().printf("checked %d posts%n", done);
            });
            spec.commandLine().getOut().printf("checked %d posts in %.1f s; findings stored in %s%n", n,
                    (System.nanoTime() - t) / 1e9, desk.address().display());
        }
        return 0;
    }

    /** Checks the posts of files, against each other (repeated sentences across them), without a library. */
    private List<Checked> checkFiles() throws Exception {
        CheckSettings settings = CheckSettings.defaults(LocalDate.now());
        CheckEngine engine = StandardChecks.engine();
        List<PostFiles.ParsedFile> files = new ArrayList<>();
        for (Path p : target.paths) {
            for (Path f : expand(p)) files.add(PostFiles.readWithLines(f, ImportOptions.DEFAULT));
        }
        LibraryStats stats = InMemoryLibraryStats.of(files.stream().flatMap(f -> f.posts().stream()).toList());
        List<Checked> results = new ArrayList<>();
        for (PostFiles.ParsedFile f : files) {
            if (f.failed()) results.add(new Checked("file", f.file().toString(), List.of(), f.error().getMessage()));
            for (Post post : f.posts()) {
                results.add(new Checked("file", f.file().toString(), engine.run(post, stats, settings), null,
                        f.bodyFileLines()));
            }
        }
        return results;
    }

    /** Checks posts of the library by reference, against the library's counts. */
    private List<Checked> checkReferences() throws Exception {
        List<Checked> results = new ArrayList<>();
        try (Desk desk = library.open()) {
            desk.checks().ensureStats();
            for (String ref : target.references) {
                Post post = desk.posts().byReference(ref).post();
                results.add(new Checked("reference", ref, desk.checks().findings(post), null));
            }
        }
        return results;
    }

    private Severity parseSeverity(String text) {
        return switch (text.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "error" -> Severity.ERROR;
            case "warning" -> Severity.WARNING;
            case "info" -> Severity.INFO;
            default -> throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--fail-on takes error or warning, not '" + text + "'");
        };
    }

    private static List<Path> expand(Path p) throws java.io.IOException {
        if (!Files.isDirectory(p)) return List.of(p);
        try (Stream<Path> walk = Files.walk(p)) {
            return walk.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().matches("(?i)[^.].*\\.(txt|md|markdown|json|xml)"))
                    .sorted().toList();
        }
    }

    private void print(List<Checked> results) {
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Checked r : results) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put(r.key(), r.name());
                if (r.error() != null) m.put("error", r.error());
                m.put("findings", r.findings().stream().map(f -> {
                    Map<String, Object> fm = new LinkedHashMap<>();
                    fm.put("id", f.checkId());
                    fm.put("severity", f.severity().name().toLowerCase(java.util.Locale.ROOT));
                    fm.put("message", f.message());
                    fm.put("line", f.line());
                    if (r.fileLine(f.line()) > 0) fm.put("file_line", r.fileLine(f.line()));
                    if (f.metaField() != null) fm.put("field", f.metaField());
                    if (f.hasRange()) fm.put("range", List.of(f.start(), f.end()));
                    if (f.unlisted() > 0) fm.put("unlisted", f.unlisted());
                    f.quickFix().ifPresent(q -> fm.put("fix", q.label()));
                    return fm;
                }).toList());
                rows.add(m);
            }
            out.println(Json.write(rows));
            return;
        }
        int total = 0;
        for (Checked r : results) {
            if (r.error() != null) {
                out.println(r.error());
                continue;
            }
            for (Finding f : r.findings()) {
                out.printf("%s: %s: %s (%s)%n", r.where(f), f.severity().name().toLowerCase(java.util.Locale.ROOT), f.message(), f.checkId());
                total += f.count();
            }
        }
        out.println(summary(total, results));
    }

    /** A file that could not be read is not a post that was checked: "0 findings in 1 post" of it would read as clean. */
    private static String summary(int findings, List<Checked> results) {
        long unread = results.stream().filter(r -> r.error() != null).count();
        return (findings == 1 ? "1 finding" : findings + " findings") + " in " + TriageCommands.posts((int) (results.size() - unread))
                + (unread == 0 ? "" : unread == 1 ? "; 1 file could not be read" : "; " + unread + " files could not be read");
    }
}
