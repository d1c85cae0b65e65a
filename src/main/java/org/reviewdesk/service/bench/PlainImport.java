package org.reviewdesk.service.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.reviewdesk.model.Post;
import org.reviewdesk.service.Desk;
import org.reviewdesk.service.ImportOptions;
import org.reviewdesk.service.ImportReport;
import org.reviewdesk.service.JsonSnapshotCodec;
import org.reviewdesk.store.BulkInsertBaseline;
import org.reviewdesk.store.Library;
import org.reviewdesk.synth.PostSynthesizer;

/**
 * The plain import as {@code review-desk import --no-checks} runs it: in a fresh JVM with the quick compiler only, the
 * option the launcher (app/review-desk) gives that command (docs/decisions/0023), into a new library; then, in the same
 * JVM, the same rows through plain JDBC batches into another one, for the import's efficiency. {@link #main} is that
 * JVM; {@link #measure} starts it and reads its one line back.
 */
final class PlainImport {
    /**
     * The launcher's options for {@code import --no-checks} (app/review-desk's {@code plain_import_jvm}; a shell script
     * and the bench cannot share a constant, PlainImportTest holds them equal).
     */
    static final List<String> JVM_OPTIONS = List.of("-XX:TieredStopAtLevel=1");
    private static final long TIMEOUT_SECONDS = 1_800;

    /** Seconds of the import and of the JDBC batches, and the files that failed. */
    record Figures(double seconds, double jdbcSeconds, int failed) {
    }

    private PlainImport() {
    }

    /** Imports {@code files} into {@code work/plain-import} and writes the same posts into {@code work/jdbc-baseline}. */
    static Figures measure(Path work, Path files, int posts, long seed, Consumer<String> progress)
            throws IOException, InterruptedException {
        Process p = new ProcessBuilder(ChildJvm.command(JVM_OPTIONS, PlainImport.class.getName(),
                files.toString(), work.resolve("plain-import").toString(), work.resolve("jdbc-baseline").toString(),
                Integer.toString(posts), Long.toString(seed))).start();
        List<String> said = new CopyOnWriteArrayList<>();
        Thread relay = new Thread(() -> relay(p, said, progress), "plain-import-progress");
        relay.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("the plain import did not finish within " + TIMEOUT_SECONDS + " s");
        }
        relay.join();
        String last = out.lines().reduce((a, b) -> b).orElse("");
        if (p.exitValue() != 0 || !last.startsWith("plain-import ")) {
            List<String> tail = said.subList(Math.max(0, said.size() - 12), said.size());
            throw new IOException("the plain import failed (exit " + p.exitValue() + "): " + String.join("\n", tail));
        }
        String[] f = last.split(" ");
        progress.accept("  imported in " + f[1] + " s, the same rows by JDBC batches in " + f[2] + " s");
        return new Figures(Double.parseDouble(f[1]), Double.parseDouble(f[2]), Integer.parseInt(f[3]));
    }

    /** Passes the child's progress lines ("  10000 of 20000") on and keeps the rest, for an error. */
    private static void relay(Process p, List<String> said, Consumer<String> progress) {
        try (BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
            for (String line = err.readLine(); line != null; line = err.readLine()) {
                if (line.startsWith("  ")) progress.accept(line);
                else said.add(line);
            }
        } catch (IOException e) {
            said.add("(its error output could not be read: " + e.getMessage() + ")");
        }
    }

    /** FILES LIBRARY BASELINE POSTS SEED: prints {@code plain-import IMPORT_SECONDS JDBC_SECONDS FAILED}. */
    public static void main(String[] args) throws Exception {
        Path library = Path.of(args[1]);
        int posts = Integer.parseInt(args[3]);
        double importSeconds;
        int failed;
        try (Desk desk = Desk.open(library)) {
            long t0 = System.nanoTime();
            ImportReport report = desk.imports().importPaths(List.of(Path.of(args[0])), ImportOptions.DEFAULT, (d, t, o) -> {
                if (d % 10_000 == 0) System.err.println("  " + d + " of " + t);
            });
            importSeconds = (System.nanoTime() - t0) / 1e9;
            failed = report.failed().size();
        }
        PostSynthesizer synth = new PostSynthesizer(Long.parseLong(args[4]));
        List<Post> rows = new ArrayList<>(posts);
        for (int i = 0; i < posts; i++) rows.add(synth.post(i));
        double jdbcSeconds;
        try (Library baseline = Library.open(Path.of(args[2]), new JsonSnapshotCodec())) {
            jdbcSeconds = BulkInsertBaseline.insert(baseline, rows) / 1e9;
        }
        System.out.println("plain-import " + importSeconds + " " + jdbcSeconds + " " + failed);
    }
}
