package org.reviewdesk.service;

import java.nio.file.Path;
import org.reviewdesk.store.Library;
import org.reviewdesk.model.library.LibraryException;

/**
 * One open library with the services over it: what the window and the command line each hold.
 * Closing the desk closes the library.
 */
public final class Desk implements AutoCloseable {
    private final Library library;
    private final ImportService imports;
    private final ExportService exports;
    private final RevisionService revisions;
    private final CheckService checks;
    private final LibrarySearch search;
    private final ReviewService reviews;
    private final PostEditService edits;
    private final ConflictService conflicts;
    private final PostService posts;
    private final QueueService queue;
    private final FindingService findings;
    private final CommentService comments;
    private final SettingsService settings;
    private final SpellingService spelling;
    private final TellService tells;
    private final PresenceService presence;

    private Desk(Library library) {
        this.library = library;
        this.imports = new ImportService(library);
        this.exports = new ExportService(p -> library.comments().listByReference(p.reference()));
        this.revisions = new RevisionService(library);
        this.tells = new TellService(library);
        this.settings = new SettingsService(library);
        this.checks = new CheckService(library, java.time.Clock.systemDefaultZone(), tells, settings);
        this.search = new LibrarySearch(library);
        this.reviews = new ReviewService(library, checks, java.time.Clock.systemDefaultZone(), settings::userName);
        this.edits = new PostEditService(library);
        this.conflicts = new ConflictService(library, edits);
        this.posts = new PostService(library);
        this.queue = new QueueService(library);
        this.findings = new FindingService(library, checks);
        this.spelling = new SpellingService(library, checks, () -> org.reviewdesk.checks.SpellingLanguage.ofTag(
                settings.get(org.reviewdesk.model.library.LibrarySettings.SPELLING_LANGUAGE)));
        checks.useSpelling(spelling::settings);
        this.comments = new CommentService(library, settings::userName);
        this.presence = new PresenceService(library, java.time.Clock.systemUTC(), settings::userName);
    }

    /** Opens (and on first start creates) the library in {@code folder}. */
    public static Desk open(Path folder) throws LibraryException {
        return new Desk(Library.open(folder, new JsonSnapshotCodec()));
    }

    /**
     * Opens the library at {@code address}: a folder as {@link #open(Path)}, or a team library on a PostgreSQL server,
     * whose search index this computer keeps in {@link LibraryLocation#teamFolder}.
     */
    public static Desk open(org.reviewdesk.model.library.LibraryAddress address) throws LibraryException {
        return open(address, notice -> { });
    }

    /**
     * As {@link #open(org.reviewdesk.model.library.LibraryAddress)}, telling {@code notices} what will take long before
     * it starts: "upgrading the library…", "building the library's indexes again…".
     */
    public static Desk open(org.reviewdesk.model.library.LibraryAddress address, java.util.function.Consumer<String> notices)
            throws LibraryException {
        Path local = address instanceof org.reviewdesk.model.library.LibraryAddress.Server server
                ? LibraryLocation.teamFolder(server, System.getenv()) : null;
        return new Desk(Library.open(LibraryLocation.absolute(address), local, new JsonSnapshotCodec(), notices));
    }

    /** Where the library is, as the user named it: a folder or a {@code postgresql://} address. */
    public org.reviewdesk.model.library.LibraryAddress address() {
        return library.address();
    }

    public Path folder() {
        return library.folder();
    }

    /**
     * The store under the services, for the service layer's own tools (the benchmark, its probes) and for tests that
     * set up a library's state. The window and the command line use the services; {@code ArchitectureTest} fails
     * if they reach the store.
     */
    public Library library() {
        return library;
    }

    /** Finding a post by reference, listing, creating, the trash. */
    public PostService posts() {
        return posts;
    }

    /** The review queue, triage, saved views and the queue's export. */
    public QueueService queue() {
        return queue;
    }

    /** The stored findings, their dismissals, and which checks run. */
    public FindingService findings() {
        return findings;
    }

    /** The library's settings, shared by everyone who opens it. */
    public SettingsService settings() {
        return settings;
    }

    /** Comments on a span of a post's text: threads, replies, resolving. */
    public CommentService comments() {
        return comments;
    }

    /** The spelling check's words: the library's dictionary, the words a post ignores, suggestions. */
    public SpellingService spelling() {
        return spelling;
    }

    public ImportService imports() {
        return imports;
    }

    public ExportService exports() {
        return exports;
    }

    public RevisionService revisions() {
        return revisions;
    }

    /** Opening and saving a post in the editor, with its meta form's field drafts. */
    public PostEditService edits() {
        return edits;
    }

    /** Settling a save refused because someone else saved the post since it was read: mine, theirs or a merge. */
    public ConflictService conflicts() {
        return conflicts;
    }

    /** The tell checks' word and phrase lists, with this library's changes. */
    public TellService tells() {
        return tells;
    }

    public CheckService checks() {
        return checks;
    }

    /** Marking posts reviewed and what it requires: the review checklist, its ticks, the checks that are errors. */
    public ReviewService reviews() {
        return reviews;
    }

    /** The library search; its word index is kept only once {@link LibrarySearch#start} was called (the window). */
    public LibrarySearch search() {
        return search;
    }

    /** Who else has a post open, for the window's note (a note, never a lock). */
    public PresenceService presence() {
        return presence;
    }

    public SampleLibraryService samples() {
        return new SampleLibraryService(library);
    }

    @Override
    public void close() {
        search.close();
        try {
            presence.close();
        } catch (RuntimeException unreachable) {
            // a library that cannot be reached now: the row expires by itself
        }
        library.close();
    }
}
