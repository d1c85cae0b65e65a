package org.reviewdesk.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.reviewdesk.formats.Format;
import org.reviewdesk.formats.registry.Formats;
import org.reviewdesk.formats.PostFormatException;
import org.reviewdesk.formats.ReaderOptions;
import org.reviewdesk.formats.SourceText;
import org.reviewdesk.model.Post;
import org.reviewdesk.model.library.ImportOutcome;
import org.reviewdesk.store.Library;
import org.reviewdesk.store.PostRepository;

/**
 * Imports files and folders into the library. Files are read and parsed on a small pool while the
 * store writes them in the order of the files, each file all or nothing (its own savepoint, in a
 * transaction that commits up to a hundred files together); a file that cannot be read is reported with
 * its line and reason and leaves nothing behind, and the other files go on.
 */
public final class ImportService {
    private static final Set<String> FOLDER_EXTENSIONS = Set.of("txt", "md", "markdown", "json", "xml");
    private static final int READ_AHEAD = 256;
    /** At most this many files are committed together (each under its own savepoint). */
    private static final int GROUP = 100;

    private final Library library;

    public ImportService(Library library) {
        this.library = library;
    }

    public ImportReport importPaths(List<Path> paths, ImportOptions options, ImportListener listener) {
        List<Path> files = new ArrayList<>();
        List<FileOutcome> missing = new ArrayList<>();
        for (Path path : paths) {
            collect(path, files, missing);
        }
        ReportBuilder report = new ReportBuilder();
        int total = files.size() + missing.size();
        int done = 0;
        for (FileOutcome outcome : missing) {
            report.add(outcome, List.of(), List.of());
            listener.fileDone(++done, total, outcome);
        }
        ExecutorService parsers = parsers();
        try (PostRepository.BulkImport bulk = library.posts().bulkImport(files.size())) {
            Deque<Future<PostFiles.ParsedFile>> window = new ArrayDeque<>();
            int next = 0;
            while (next < files.size() || !window.isEmpty()) {
                while (next < files.size() && window.size() < READ_AHEAD) {
                    Path file = files.get(next++);
                    window.add(parsers.submit(() -> PostFiles.read(file, options)));
                }
                // The next file, and the ones after it that are parsed already, go to the library together.
                List<PostFiles.ParsedFile> group = new ArrayList<>();
                group.add(await(window.poll()));
                while (group.size() < GROUP && !window.isEmpty() && window.peek().isDone()) group.add(await(window.poll()));
                for (FileOutcome outcome : store(group, options, report)) {
                    listener.fileDone(++done, total, outcome);
                }
            }
            if (bulk.deferred()) listener.finishing("building the library's indexes");
        } finally {
            parsers.shutdownNow();
        }
        return report.build();
    }

    /** The threads that read and parse the files ahead of the library: up to four, as the machine has cores. */
    private static ExecutorService parsers() {
        int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        return Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "import-parser");
            t.setDaemon(true);
            return t;
        });
    }

    private static PostFiles.ParsedFile await(Future<PostFiles.ParsedFile> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the import was interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a file could not be parsed", e.getCause());
        }
    }

    /** Stores a group of parsed files in one transaction, each file under its own savepoint. */
    private List<FileOutcome> store(List<PostFiles.ParsedFile> group, ImportOptions options, ReportBuilder report) {
        List<List<Post>> readable = new ArrayList<>();
        for (PostFiles.ParsedFile parsed : group) {
            if (!parsed.failed()) readable.add(parsed.posts());
        }
        List<PostRepository.FileResult> results;
        try {
            results = readable.isEmpty() ? List.of() : library.posts().importFiles(readable, options.overwrite());
        } catch (RuntimeException e) {
            String reason = "the library refused the files: " + firstLine(e);
            results = readable.stream().map(r -> new PostRepository.FileResult(List.of(), reason)).toList();
        }
        List<FileOutcome> outcomes = new ArrayList<>(group.size());
        int r = 0;
        for (PostFiles.ParsedFile parsed : group) {
            FileOutcome outcome;
            if (parsed.failed()) {
                PostFormatException e = parsed.error();
                outcome = new FileOutcome(parsed.file(), FileOutcome.Kind.FAILED, 0, e.line(), e.reason());
                report.add(outcome, List.of(), List.of());
            } else {
                PostRepository.FileResult result = results.get(r++);
                if (result.error() != null) {
                    outcome = new FileOutcome(parsed.file(), FileOutcome.Kind.FAILED, 0, 0,
                            "the library refused the file: " + result.error());
                    report.add(outcome, List.of(), List.of());
                } else {
                    importComments(parsed, result.outcomes());
                    outcome = new FileOutcome(parsed.file(), summarize(result.outcomes()), parsed.posts().size(), 0,
                            conflictMessage(parsed.posts(), result.outcomes()));
                    report.add(outcome, parsed.posts(), result.outcomes());
                }
            }
            outcomes.add(outcome);
        }
        return outcomes;
    }

    /** A JSON file's comments, added to its posts that the import did not keep as they were (a conflict). */
    private void importComments(PostFiles.ParsedFile parsed, List<ImportOutcome> outcomes) {
        for (int i = 0; i < outcomes.size() && !parsed.comments().isEmpty(); i++) {
            Post post = parsed.posts().get(i);
            var comments = parsed.comments().get(post.reference());
            if (comments == null || outcomes.get(i) == ImportOutcome.CONFLICT_KEPT_LOCAL) continue;
            library.posts().findByReference(post.reference()).ifPresent(p -> library.comments().merge(p.id(), comments));
        }
    }

    private static FileOutcome.Kind summarize(List<ImportOutcome> results) {
        FileOutcome.Kind kind = FileOutcome.Kind.UNCHANGED;
        for (ImportOutcome r : results) {
            FileOutcome.Kind k = switch (r) {
                case CONFLICT_KEPT_LOCAL -> FileOutcome.Kind.CONFLICT;
                case IMPORTED -> FileOutcome.Kind.IMPORTED;
                case UPDATED, OVERWRITTEN -> FileOutcome.Kind.UPDATED;
                case UNCHANGED -> FileOutcome.Kind.UNCHANGED;
            };
            if (k.ordinal() < kind.ordinal()) kind = k;
        }
        return kind;
    }

    private static String conflictMessage(List<Post> posts, List<ImportOutcome> results) {
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            if (results.get(i) == ImportOutcome.CONFLICT_KEPT_LOCAL) kept.add(posts.get(i).reference());
        }
        return kept.isEmpty() ? "" : "edited in the library since its import, kept as it is (use --overwrite to replace): "
                + String.join(", ", kept);
    }

    private static void collect(Path path, List<Path> files, List<FileOutcome> missing) {
        if (Files.isRegularFile(path)) {
            files.add(path);
        } else if (Files.isDirectory(path)) {
            try (Stream<Path> walk = Files.walk(path)) {
                walk.filter(Files::isRegularFile)
                        .filter(p -> !isHidden(path, p))
                        .filter(ImportService::hasPostExtension)
                        .sorted()
                        .forEach(files::add);
            } catch (IOException | java.io.UncheckedIOException e) {
                missing.add(new FileOutcome(path, FileOutcome.Kind.FAILED, 0, 0, "the folder cannot be read: " + firstLine(e)));
            }
        } else {
            missing.add(new FileOutcome(path, FileOutcome.Kind.FAILED, 0, 0, "no such file or folder"));
        }
    }

    private static boolean isHidden(Path root, Path file) {
        for (Path part : root.relativize(file)) {
            if (part.toString().startsWith(".")) return true;
        }
        return false;
    }

    private static boolean hasPostExtension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && FOLDER_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private static String firstLine(Throwable e) {
        return PostFiles.firstLine(e);
    }

    private static final class ReportBuilder {
        private int imported;
        private int updated;
        private int unchanged;
        private final List<ImportReport.Conflict> conflicts = new ArrayList<>();
        private final List<ImportReport.Failure> failed = new ArrayList<>();
        private final List<FileOutcome> files = new ArrayList<>();

        void add(FileOutcome outcome, List<Post> posts, List<ImportOutcome> results) {
            files.add(outcome);
            if (outcome.kind() == FileOutcome.Kind.FAILED) {
                failed.add(new ImportReport.Failure(outcome.file().toString(), outcome.line(), outcome.message()));
                return;
            }
            for (int i = 0; i < results.size(); i++) {
                switch (results.get(i)) {
                    case IMPORTED -> imported++;
                    case UPDATED, OVERWRITTEN -> updated++;
                    case UNCHANGED -> unchanged++;
                    case CONFLICT_KEPT_LOCAL -> conflicts.add(new ImportReport.Conflict(outcome.file().toString(),
                            posts.get(i).reference(), posts.get(i).title()));
                }
            }
        }

        ImportReport build() {
            return new ImportReport(imported, updated, unchanged, conflicts, failed, files);
        }
    }
}
