package org.reviewdesk.service;

import org.reviewdesk.checks.rules.StandardChecks;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;
import org.reviewdesk.checks.BodyStructure;
import org.reviewdesk.checks.CheckContext;
import org.reviewdesk.checks.CheckEngine;
import org.reviewdesk.checks.ProseReadability;
import org.reviewdesk.model.Readability;
import org.reviewdesk.model.library.LibrarySettings;
import org.reviewdesk.checks.CheckSettings;
import org.reviewdesk.checks.Finding;
import org.reviewdesk.checks.CommonSentences;
import org.reviewdesk.checks.LibraryStats;
import org.reviewdesk.model.Post;
import org.reviewdesk.store.Library;
import org.reviewdesk.store.SentenceStatRepository;
import org.reviewdesk.model.library.StoredFinding;
import org.reviewdesk.model.library.StoredPost;

/**
 * The editorial checks over the library: run on a post, stored with it so that the queue can count and
 * filter them, with the library's own sentence statistics for boilerplate and its switched-off checks.
 */
public final class CheckService {
    /** The library's record of posts owed a check (not a user setting): the mark a check was begun from. */
    static final String UNCHECKED_SINCE = "checks.unchecked_since";

    private final Library library;
    private final Clock clock;
    private final TellService tells;
    private final SettingsService librarySettings;
    private final CheckEngine engine = StandardChecks.engine();
    /** Posts whose findings are stored in one transaction by a check of many. */
    private static final int STORE_GROUP = 250;
    /** How much the library may grow or shrink before its sentences are counted again: edits barely move a
     *  share of a fifth of the library, imports do. */
    static final double STATS_DRIFT = 0.02;

    private volatile LibraryStats stats = LibraryStats.EMPTY;
    private volatile java.util.function.Supplier<org.reviewdesk.checks.SpellingSettings> spelling =
            () -> org.reviewdesk.checks.SpellingSettings.DEFAULTS;

    CheckService(Library library, Clock clock, TellService tells, SettingsService librarySettings) {
        this.library = library;
        this.clock = clock;
        this.tells = tells;
        this.librarySettings = librarySettings;
    }

    public CheckEngine engine() {
        return engine;
    }

    /**
     * The settings of this library today: its switched-off checks, its spelling words, its tell lists, its readability
     * threshold.
     */
    public CheckSettings settings() {
        return CheckSettings.defaults(LocalDate.now(clock)).withDisabled(library.findings().disabledChecks())
                .withSpelling(spelling.get())
                .withTells(tells.lists())
                .withMinReadingEase((int) Math.round(librarySettings.number(LibrarySettings.MIN_READING_EASE)));
    }

    /** Where the spelling check's library settings come from (the desk wires its spelling service). */
    void useSpelling(java.util.function.Supplier<org.reviewdesk.checks.SpellingSettings> source) {
        this.spelling = source;
    }

    /**
     * Recounts the library's common sentences (for boilerplate), reading every body twice, and keeps the count
     * in the library so that the next start need not. Seconds on a large library: call it in the background.
     */
    public LibraryStats refreshStats() {
        CommonSentences counted = CommonSentences.count(library.posts()::forEachBody);
        library.sentenceStats().save(new SentenceStatRepository.Counted(counted.counts(), counted.librarySize()));
        stats = counted;
        return stats;
    }

    /**
     * Takes the common sentences as last counted; true when that count is still current, false when it is
     * missing or the library has grown or shrunk by more than {@link #STATS_DRIFT} since (then refresh).
     */
    /** The kept counts when they still fit the library, or counted again: what checking one post needs first. */
    public void ensureStats() {
        if (!loadStats()) refreshStats();
    }

    public boolean loadStats() {
        var stored = library.sentenceStats().load();
        stored.ifPresent(c -> stats = new CommonSentences(c.postsBySentence(), c.librarySize()));
        if (stored.isEmpty()) return false;
        int now = library.posts().count();
        int then = stored.get().librarySize();
        return Math.abs(now - then) <= Math.max(10, STATS_DRIFT * then);
    }

    public LibraryStats stats() {
        return stats;
    }

    /** The findings of a post as it is now (for example, as the editor holds it), without storing them. */
    public List<Finding> findings(Post post) {
        return engine.run(post, stats, settings());
    }

    /** Checks a stored post and stores its findings; returns them. */
    public List<Finding> recheck(long postId) {
        StoredPost post = library.posts().find(postId).orElseThrow(() -> new PostNotFoundException("no post " + postId));
        List<Finding> findings = findings(post.post());
        store(postId, findings);
        return findings;
    }

    /** Stores findings computed for a post (for example by the window, after an edit). */
    public void store(long postId, List<Finding> findings) {
        library.findings().replace(postId, findings.stream().map(CheckService::toStored).toList());
    }

    /** Stores findings computed for a post as it is, with the readability of its prose for the queue. */
    public void store(long postId, Post post, List<Finding> findings) {
        library.findings().replaceAll(java.util.Map.of(postId, findings.stream().map(CheckService::toStored).toList()),
                java.util.Map.of(postId, ProseReadability.of(BodyStructure.of(post.body()))));
    }

    /** Checks every post of the library and stores the findings; returns how many posts were checked. */
    public int recheckAll(IntConsumer progress) {
        int checked = checkAndStore(library.posts().ids(), progress, () -> false);
        paid(0);
        return checked;
    }

    /**
     * Checks every post like {@link #recheckAll(IntConsumer)}, telling {@code progress} how many of how many are
     * done, and stops after the group in hand once {@code cancelled} says so; what was stored stays.
     */
    public int recheckAll(Progress progress, java.util.function.BooleanSupplier cancelled) {
        List<Long> ids = library.posts().ids();
        int checked = checkAndStore(ids, done -> progress.checked(done, ids.size()), cancelled);
        if (!cancelled.getAsBoolean()) paid(0);
        return checked;
    }

    /** How far a check of many posts has come. */
    @FunctionalInterface
    public interface Progress {
        void checked(int done, int total);
    }

    /**
     * A mark to pass to {@link #checkWrittenSince}: the library's newest post change now, or an older one when a check
     * of the posts written since that one was begun and never finished (a process killed while checking an import).
     * The mark is kept in the library until a check from it finishes, so that the next import checks those posts too:
     * re-importing the same files writes nothing and would otherwise leave them unchecked for good.
     */
    public long mark() {
        long now = library.posts().lastChange();
        String owed = library.settings().all().get(UNCHECKED_SINCE);
        long since = owed == null ? now : Math.min(now, Long.parseLong(owed));
        if (owed == null) library.settings().remember(UNCHECKED_SINCE, Long.toString(since));
        return since;
    }

    /** Forgets the posts owed a check from {@code mark} (they were all checked), unless an older mark is owed. */
    private void paid(long mark) {
        String owed = library.settings().all().get(UNCHECKED_SINCE);
        if (owed != null && Long.parseLong(owed) >= mark) library.settings().remember(UNCHECKED_SINCE, null);
    }

    /**
     * Checks the posts written (imported, updated, saved) since {@code mark} and stores their findings, after
     * counting the library's common sentences again; returns how many posts were checked.
     */
    public int checkWrittenSince(long mark, IntConsumer progress) {
        List<Long> ids = library.posts().idsChangedSince(mark);
        int checked = ids.isEmpty() ? 0 : checkAndStore(ids, progress, () -> false);
        paid(mark);
        return checked;
    }

    /** Checks posts against fresh library counts, storing the findings of a few hundred posts per transaction. */
    private int checkAndStore(List<Long> ids, IntConsumer progress, java.util.function.BooleanSupplier cancelled) {
        refreshStats();
        CheckSettings settings = settings();
        int done = 0;
        for (int from = 0; from < ids.size() && !cancelled.getAsBoolean(); from += STORE_GROUP) {
            java.util.Map<Long, List<StoredFinding>> found = new java.util.LinkedHashMap<>();
            java.util.Map<Long, Readability> readability = new java.util.HashMap<>();
            for (StoredPost p : library.posts().find(ids.subList(from, Math.min(ids.size(), from + STORE_GROUP)))) {
                CheckContext ctx = CheckContext.of(p.post(), stats, settings);
                found.put(p.id(), engine.run(ctx).stream().map(CheckService::toStored).toList());
                readability.put(p.id(), ProseReadability.of(ctx.body()));
            }
            library.findings().replaceAll(found, readability);
            done += found.size();
            progress.accept(done);
        }
        return done;
    }

    static StoredFinding toStored(Finding f) {
        return new StoredFinding(0, f.checkId(), f.severity().name().toLowerCase(Locale.ROOT), f.message(), f.line(),
                f.start(), f.end(), f.metaField(), null, f.unlisted());
    }
}
