package org.reviewdesk.service.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.reviewdesk.model.FieldDrafts;
import org.reviewdesk.model.SemVer;
import org.reviewdesk.model.library.PostSummary;
import org.reviewdesk.service.Desk;
import org.reviewdesk.service.EditedPost;

/**
 * The library folder's size against the text it holds (the same posts as alphanode files): right after the import,
 * and after a day of editing as the window does it (autosaves of small edits, version bumps). Measured once the library
 * is closed, as an editor's backup sees it: everything in the folder but {@code backups/}.
 */
public final class LibrarySizeProbe {
    /** A day of editing: 10,000 autosaves spread over 500 posts, and 200 bumps. */
    static final int EDITED_POSTS = 500;
    static final int AUTOSAVES = 10_000;
    static final int BUMPS = 200;
    /** An editor comes back to a post: each post is edited in two sittings of ten autosaves. */
    static final int SAVES_PER_SITTING = 10;
    /** The window autosaves a pause after typing; a sitting's saves are this far apart on the simulated clock. */
    static final Duration BETWEEN_SAVES = Duration.ofSeconds(3);

    private final Map<String, Object> figures = new LinkedHashMap<>();
    private final Consumer<String> progress;

    public LibrarySizeProbe(Consumer<String> progress) {
        this.progress = progress;
    }

    /** The figures measured so far, for the bench's JSON as {@code library}. */
    public Map<String, Object> figures() {
        return figures;
    }

    /** The closed library's size right after the import of {@code textFiles}. */
    public void afterImport(Path libraryDir, Path textFiles, int posts) throws IOException {
        long text = folderBytes(textFiles);
        figures.put("text_bytes", text);
        put("after_import", folderBytes(libraryDir), text, posts);
    }

    /** Runs the day of editing on the library, closes it, and measures it again. */
    public void afterEditing(Path libraryDir, int posts) throws Exception {
        progress.accept("a day of editing: " + AUTOSAVES + " autosaves over " + EDITED_POSTS + " posts, " + BUMPS + " bumps");
        try (Desk desk = Desk.open(libraryDir)) {
            edit(desk);
        }
        put("after_editing", folderBytes(libraryDir), (long) figures.get("text_bytes"), posts);
    }

    private void put(String when, long bytes, long text, int posts) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("bytes", bytes);
        m.put("bytes_per_post", Math.round((double) bytes / posts));
        m.put("text_ratio", Math.round(1000.0 * bytes / text) / 1000.0);
        figures.put(when, m);
    }

    private static void edit(Desk desk) throws org.reviewdesk.service.StalePostException {
        List<PostSummary> chosen = desk.posts().list("", 0, EDITED_POSTS);
        List<PostSummary> sittings = new ArrayList<>();
        for (int s = 0; s < AUTOSAVES / SAVES_PER_SITTING; s++) sittings.add(chosen.get(s % chosen.size()));
        Random random = new Random(18);
        Collections.shuffle(sittings, random);
        SimulatedClock clock = new SimulatedClock();
        desk.edits().autoRevisions().setClock(clock);
        for (PostSummary post : sittings) {
            EditedPost edited = desk.edits().open(post.id());
            for (int i = 0; i < SAVES_PER_SITTING; i++) {
                clock.advance(BETWEEN_SAVES);
                edited = desk.edits().save(edited.id(), edited.rowVersion(), edited.post().withBody(typed(edited.post().body(), random)),
                        FieldDrafts.NONE);
            }
            clock.advance(Duration.ofMinutes(1));
        }
        for (int b = 0; b < BUMPS; b++) desk.revisions().bump(chosen.get(b % chosen.size()).reference(), SemVer.Bump.PATCH, "edited");
    }

    /** A few words typed somewhere in the body, as between two autosaves. */
    static String typed(String body, Random random) {
        int at = body.isEmpty() ? 0 : random.nextInt(body.length());
        while (at > 0 && !Character.isWhitespace(body.charAt(at - 1))) at--;
        return body.substring(0, at) + TYPED[random.nextInt(TYPED.length)] + body.substring(at);
    }

    private static final String[] TYPED = {"also ", "in practice ", "as measured ", "for the rollback ", "today "};

    static long folderBytes(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> !dir.relativize(p).startsWith("backups") && Files.isRegularFile(p)).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        }
    }

    private static final class SimulatedClock extends Clock {
        private Instant now = Instant.parse("2026-12-05T08:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
