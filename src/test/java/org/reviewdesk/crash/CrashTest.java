package org.reviewdesk.crash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reviewdesk.formats.Format;
import org.reviewdesk.formats.registry.Formats;
import org.reviewdesk.model.Post;
import org.reviewdesk.model.SemVer;
import org.reviewdesk.service.Desk;
import org.reviewdesk.service.ImportOptions;
import org.reviewdesk.service.ImportReport;
import org.reviewdesk.service.PostFiles;
import org.reviewdesk.store.FirstSchemaLibrary;
import org.reviewdesk.model.library.StoredPost;
import org.reviewdesk.synth.PostSynthesizer;

/**
 * Kills real processes (SIGKILL) while they write to a library, then opens the library and checks what a user was
 * told: every write that was acknowledged is there, nothing is half-written, the library opens, the next write
 * finishes, and an import run again finishes with nothing failed. {@code -Dreviewdesk.crash.rounds=N} multiplies the
 * kill points for a longer run; the figures of a run go to {@code target/crash-report.txt}.
 */
class CrashTest {
    private static final int ROUNDS = Integer.getInteger("reviewdesk.crash.rounds", 1);
    private static final Duration NEXT_WRITE = Duration.ofSeconds(10);
    private static final List<String> REPORT = new ArrayList<>();

    @TempDir
    static Path work;
    private static Path postsLibrary;
    private static Path files;
    private static Path firstSchemaLibrary;
    private static List<Post> posts;
    private final Random random = new Random(42);

    @BeforeAll
    static void templates() throws Exception {
        posts = new PostSynthesizer(19).generate(6);
        postsLibrary = work.resolve("template-posts");
        try (Desk desk = Desk.open(postsLibrary)) {
            for (Post p : posts) desk.library().posts().importPost(p, false);
        }
        files = Files.createDirectories(work.resolve("files"));
        var writer = Formats.writer(Format.ALPHANODE);
        PostSynthesizer synth = new PostSynthesizer(3);
        for (int i = 1; i <= 300; i++) {
            Files.writeString(files.resolve(String.format("post-%03d.txt", i)), writer.write(synth.post(i)), StandardCharsets.UTF_8);
        }
        firstSchemaLibrary = Files.createDirectories(work.resolve("template-v1"));
        FirstSchemaLibrary.create(firstSchemaLibrary, posts);
    }

    @AfterAll
    static void writeReport() throws IOException {
        Path target = Path.of("target");
        if (Files.isDirectory(target)) Files.write(target.resolve("crash-report.txt"), REPORT);
    }

    @Test
    void everyAcknowledgedAutosaveSurvivesAndTheNextSaveFinishes() throws Exception {
        String reference = posts.get(0).reference();
        int acknowledged = 0;
        int found = 0;
        int kills = 30 * ROUNDS;
        for (int round = 0; round < kills; round++) {
            Path library = copyOf(postsLibrary, "autosave-" + round);
            int lastAck = number(killAtRandom(Child.start("autosave", library, reference), round, 12));
            acknowledged += lastAck;
            try (Desk desk = openWithin(library)) {
                String body = desk.library().posts().findByReference(reference).orElseThrow().post().body();
                int saved = editNumber(body);
                assertThat(saved).as("the edit number in the library after the kill (round %d)", round).isGreaterThanOrEqualTo(lastAck);
                // Whole: the post as the child saved it, the original body and one edit line, not a mix of two saves.
                // (How far past its last acknowledgement the child got is not asserted: the last lines it printed can
                // be lost with its pipe when it is killed.)
                if (saved > 0) {
                    String edit = "\n\nEdit number " + saved + ".\n";
                    assertThat(body).endsWith(edit);
                    assertThat(body.substring(0, body.length() - edit.length())).doesNotContain("Edit number");
                }
                if (saved >= lastAck) found += lastAck;
                nextWriteFinishes(desk, reference);
            }
        }
        record("autosave", kills, acknowledged, found);
    }

    /**
     * What the window does after a kill: it opens the library again, the user goes on writing, and the window is
     * closed, which compacts the file (it is the last program to close it). Every acknowledged save, before the kill
     * and after it, must still be there at the next start.
     */
    @Test
    void savesBeforeAndAfterAKillSurviveTheCloseThatCompacts() throws Exception {
        String reference = posts.get(0).reference();
        int kills = 4 * ROUNDS;
        for (int round = 0; round < kills; round++) {
            Path library = copyOf(postsLibrary, "close-after-kill-" + round);
            int lastAck = number(killAtRandom(Child.start("autosave", library, reference), round, 12));
            String afterRestart;
            try (Desk desk = openWithin(library)) {
                StoredPost stored = desk.library().posts().findByReference(reference).orElseThrow();
                afterRestart = stored.post().body() + "Written after the restart, round " + round + ".\n";
                desk.library().posts().save(stored.id(), stored.rowVersion(), stored.post().withBody(afterRestart));
            }
            try (Desk desk = openWithin(library)) {
                String body = desk.library().posts().findByReference(reference).orElseThrow().post().body();
                assertThat(editNumber(body)).as("the edit number after the close (round %d)", round).isGreaterThanOrEqualTo(lastAck);
                assertThat(body).as("the save after the restart, at the next start (round %d)", round).isEqualTo(afterRestart);
            }
        }
    }

    /**
     * A window ended by the system (SIGTERM: a logout, a shutdown) or killed, again and again on the same library, its
     * file never compacted whole in between, as when nobody closes the window by hand: each start finds every save the
     * one before acknowledged. The child also saves other posts, so that the file holds many chunks of several ages.
     */
    @Test
    void aLibraryEndedBySigtermOrKilledRoundAfterRoundKeepsEveryAcknowledgedSave() throws Exception {
        String reference = posts.get(0).reference();
        Path library = copyOf(postsLibrary, "ended-round-after-round");
        int lastAck = 0;
        for (int round = 0; round < 9 * ROUNDS; round++) {
            Child child = Child.start("autosave-on", library, reference);
            String first = child.next(Duration.ofSeconds(60));
            assertThat(first).as("round %d", round).startsWith("found ");
            assertThat(Integer.parseInt(first.substring("found ".length())))
                    .as("the edit number the start of round %d found", round).isGreaterThanOrEqualTo(lastAck);
            child.awaitReady();
            boolean kill = round % 3 == 2;
            child.endAtAck(1 + random.nextInt(150), kill);
            String last = null;
            for (String l : child.lines) if (l.startsWith("ack ")) last = l.substring(4).trim();
            lastAck = number(last);
            if (kill) Files.deleteIfExists(library.resolve("library.lock.db"));
        }
        try (Desk desk = openWithin(library)) {
            assertThat(editNumber(desk.library().posts().findByReference(reference).orElseThrow().post().body()))
                    .isGreaterThanOrEqualTo(lastAck);
        }
    }

    @Test
    void anImportKilledAnywhereLeavesWholeFilesAndRunsAgainWithNothingFailed() throws Exception {
        int kills = 20 * ROUNDS;
        List<PostFiles.ParsedFile> parsed;
        try (Stream<Path> list = Files.list(files)) {
            parsed = list.sorted().map(f -> PostFiles.read(f, ImportOptions.DEFAULT)).toList();
        }
        int imported = 0;
        for (int round = 0; round < kills; round++) {
            Path library = work.resolve("import-" + round);
            // A new library each time, so that the kill also falls while the library is being created.
            Child child = Child.start("import", library, files.toString());
            Thread.sleep(random.nextInt(round % 5 == 0 ? 1500 : 4500));
            child.kill();
            try (Desk desk = openWithin(library)) {
                int present = 0;
                for (PostFiles.ParsedFile file : parsed) {
                    for (Post post : file.posts()) {
                        var stored = desk.library().posts().findByReference(post.reference());
                        if (stored.isPresent()) {
                            present++;
                            assertThat(stored.get().post()).as("%s after the kill", file.file().getFileName()).isEqualTo(post);
                        }
                    }
                }
                imported += present;
                ImportReport again = assertTimeoutPreemptively(Duration.ofSeconds(60),
                        () -> desk.imports().importPaths(List.of(files), ImportOptions.DEFAULT, (d, t, o) -> { }));
                assertThat(again.failed()).isEmpty();
                assertThat(desk.library().posts().count()).isEqualTo(parsed.size());
                nextWriteFinishes(desk, null);
            }
            deleteTree(library);
        }
        REPORT.add(String.format("import of %d files into a new library: %d kill points, %d posts found whole after the kill,"
                + " none half-written, every re-import with nothing failed", parsed.size(), kills, imported));
        System.out.println("crash test: " + REPORT.get(REPORT.size() - 1));
    }

    @Test
    void anImportKilledWhileCheckingIsCheckedWhenTheSameFilesAreImportedAgain() throws Exception {
        int kills = 6 * ROUNDS;
        int killedWhileChecking = 0;
        for (int round = 0; round < kills; round++) {
            Path library = work.resolve("import-check-" + round);
            Child child = Child.start("import-check", library, files.toString());
            child.killAtAck(1); // imported; the checks have begun
            Thread.sleep(random.nextInt(700));
            if (child.kill().stream().noneMatch(l -> l.equals("ack done"))) killedWhileChecking++;
            try (Desk desk = openWithin(library)) {
                long mark = desk.checks().mark();
                ImportReport again = desk.imports().importPaths(List.of(files), ImportOptions.DEFAULT, (d, t, o) -> { });
                assertThat(again.imported() + again.updated()).as("the files were all imported before the kill").isZero();
                desk.checks().checkWrittenSince(mark, n -> { });
                for (long id : desk.library().posts().ids()) {
                    var post = desk.library().posts().find(List.of(id)).get(0);
                    assertThat(desk.findings().list(id)).extracting(org.reviewdesk.model.library.StoredFinding::checkId)
                            .as("stored findings of %s, as its checks find them now", post.post().meta().reference())
                            .containsExactlyInAnyOrderElementsOf(desk.checks().findings(post.post()).stream()
                                    .map(org.reviewdesk.checks.Finding::checkId).toList());
                }
            }
            deleteTree(library);
        }
        record("import killed while checking (" + killedWhileChecking + " of them before the checks finished)", kills, 0, 0);
    }

    @Test
    void everyAcknowledgedBumpSurvives() throws Exception {
        String reference = posts.get(1).reference();
        SemVer before = posts.get(1).meta().revision().version();
        int kills = 15 * ROUNDS;
        int acknowledged = 0;
        for (int round = 0; round < kills; round++) {
            Path library = copyOf(postsLibrary, "bump-" + round);
            String last = killAtRandom(Child.start("bump", library, reference), round, 8);
            int bumps = last == null ? 0 : SemVer.parse(last).patch() - before.patch();
            acknowledged += bumps;
            try (Desk desk = openWithin(library)) {
                SemVer stored = desk.library().posts().findByReference(reference).orElseThrow().post().meta().revision().version();
                assertThat(stored.patch() - before.patch()).as("bumps in the library after %d acknowledged", bumps)
                        .isGreaterThanOrEqualTo(bumps);
                assertThat(desk.revisions().history(reference)).hasSizeGreaterThanOrEqualTo(bumps);
                nextWriteFinishes(desk, reference);
            }
        }
        record("bump", kills, acknowledged, acknowledged);
    }

    @Test
    void aTriageOfManyPostsIsAllOrNothingAndEveryAcknowledgedOneSurvives() throws Exception {
        int kills = 15 * ROUNDS;
        int acknowledged = 0;
        for (int round = 0; round < kills; round++) {
            Path library = copyOf(postsLibrary, "triage-" + round);
            int lastAck = number(killAtRandom(Child.start("triage", library), round, 6));
            acknowledged += lastAck;
            try (Desk desk = openWithin(library)) {
                List<Integer> bumps = new ArrayList<>();
                for (Post p : posts) {
                    StoredPost stored = desk.library().posts().findByReference(p.reference()).orElseThrow();
                    bumps.add(stored.post().meta().revision().version().patch() - p.meta().revision().version().patch());
                }
                assertThat(bumps).as("each post's bumps by the triage after %d acknowledged", lastAck).allMatch(b -> b.equals(bumps.get(0)));
                assertThat(bumps.get(0)).isGreaterThanOrEqualTo(lastAck);
                nextWriteFinishes(desk, posts.get(2).reference());
            }
        }
        record("triage of " + posts.size() + " posts", kills, acknowledged, acknowledged);
    }

    @Test
    void aSchemaUpgradeKilledAnywhereLeavesALibraryThatOpensWithEveryPost() throws Exception {
        int kills = 20 * ROUNDS;
        int upgradedBeforeKill = 0;
        for (int round = 0; round < kills; round++) {
            Path library = copyOf(firstSchemaLibrary, "upgrade-" + round);
            Child child = Child.start("open", library);
            Thread.sleep(300 + random.nextInt(2500));
            if (child.kill().stream().anyMatch(l -> l.startsWith("ack opened"))) upgradedBeforeKill++;
            try (Desk desk = openWithin(library)) {
                for (Post p : posts) {
                    assertThat(desk.library().posts().findByReference(p.reference()).orElseThrow().post()).isEqualTo(p);
                }
                nextWriteFinishes(desk, posts.get(3).reference());
            }
        }
        record("schema upgrade from V1 (finished before the kill: " + upgradedBeforeKill + ")", kills, 0, 0);
    }

    // ------------------------------------------------------------------------------------------------------------

    /**
     * Kills the child right after its n-th acknowledgement (every other round) or at a random moment after it is
     * ready; returns what its last acknowledgement said, or null if it made none.
     */
    private String killAtRandom(Child child, int round, int maxAcks) throws Exception {
        child.awaitReady();
        if (round % 2 == 0) {
            child.killAtAck(1 + random.nextInt(maxAcks));
        } else {
            Thread.sleep(random.nextInt(400));
            child.kill();
        }
        String last = null;
        for (String l : child.lines) if (l.startsWith("ack ")) last = l.substring(4).trim();
        return last;
    }

    private static int number(String ack) {
        return ack == null ? 0 : Integer.parseInt(ack);
    }

    private static int editNumber(String body) {
        int at = body.lastIndexOf("Edit number ");
        if (at < 0) return 0;
        int end = body.indexOf('.', at);
        return Integer.parseInt(body.substring(at + "Edit number ".length(), end));
    }

    private int opens;

    /**
     * Opens the library as the next start would. A killed process leaves H2's lock file behind, which H2 takes over
     * only once it is a few seconds old (Library waits for that); every fourth open goes through that wait, the others
     * remove the lock file first to keep the suite short.
     */
    private Desk openWithin(Path library) throws IOException {
        if (opens++ % 4 != 0) Files.deleteIfExists(library.resolve("library.lock.db"));
        return assertTimeoutPreemptively(Duration.ofSeconds(30), () -> Desk.open(library), "opening the library after the kill");
    }

    /** The write a user makes next: a bump (or a new post) must finish within seconds, not spin on a dead lock. */
    private static void nextWriteFinishes(Desk desk, String reference) {
        assertTimeoutPreemptively(NEXT_WRITE, () -> {
            if (reference != null) {
                desk.revisions().bump(reference, SemVer.Bump.MINOR, "after the crash");
            } else {
                desk.library().posts().create(new Post("Written after the crash", "Body.\n", org.reviewdesk.model.Meta.builder().reference("after-the-crash-" + System.nanoTime()).build()));
            }
        }, "the first write after the kill");
    }

    private static void record(String what, int kills, int acknowledged, int found) {
        String line = String.format("%s: %d kill points, %d acknowledged, %d found after the kill", what, kills, acknowledged, found);
        REPORT.add(line);
        System.out.println("crash test: " + line);
    }

    private static Path copyOf(Path template, String name) throws IOException {
        Path copy = Files.createDirectories(work.resolve(name));
        try (Stream<Path> list = Files.list(template)) {
            for (Path f : list.toList()) {
                if (f.getFileName().toString().endsWith(".mv.db")) Files.copy(f, copy.resolve(f.getFileName()));
            }
        }
        return copy;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }

    /** A child JVM running CrashChild, its output read line by line as it comes. */
    private static final class Child {
        private final Process process;
        private final LinkedBlockingQueue<String> queue = new LinkedBlockingQueue<>();
        final List<String> lines = new ArrayList<>();

        private Child(Process process) {
            this.process = process;
            Thread reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = in.readLine()) != null) queue.add(line);
                } catch (IOException e) {
                    // the process was killed
                }
                queue.add("<eof>");
            }, "crash-child-output");
            reader.setDaemon(true);
            reader.start();
        }

        static Child start(Object... args) throws IOException {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            List<String> command = new ArrayList<>(List.of(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                    "-cp", System.getProperty("java.class.path"), CrashChild.class.getName()));
            for (Object a : args) command.add(a.toString());
            return new Child(new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start());
        }

        void awaitReady() throws Exception {
            String line = next(Duration.ofSeconds(60));
            assertThat(line).as("the child's first line").isEqualTo("ready");
        }

        /** Kills the child as soon as it has printed its n-th acknowledgement (or ended). */
        void killAtAck(int n) throws Exception {
            endAtAck(n, true);
        }

        /** Ends the child as soon as it has printed its n-th acknowledgement: SIGKILL, or SIGTERM (and waits for it). */
        void endAtAck(int n, boolean kill) throws Exception {
            int acks = 0;
            while (acks < n) {
                String line = next(Duration.ofSeconds(60));
                if (line.equals("<eof>")) break;
                if (line.startsWith("ack ")) acks++;
            }
            if (kill) {
                kill();
                return;
            }
            process.destroy();
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the child ends on SIGTERM").isTrue();
            drain();
        }

        /** SIGKILL now; returns every line the child printed. */
        List<String> kill() throws Exception {
            process.destroyForcibly();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
            drain();
            return lines;
        }

        private String next(Duration within) throws Exception {
            String line = queue.poll(within.toMillis(), TimeUnit.MILLISECONDS);
            assertThat(line).as("a line from the child within " + within).isNotNull();
            if (!line.equals("<eof>")) lines.add(line);
            return line;
        }

        private void drain() throws InterruptedException {
            while (true) {
                String line = queue.poll(5, TimeUnit.SECONDS);
                if (line == null || line.equals("<eof>")) return;
                lines.add(line);
            }
        }
    }
}
