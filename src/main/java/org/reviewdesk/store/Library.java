package org.reviewdesk.store;

import org.reviewdesk.model.library.LibraryAddress;
import org.reviewdesk.model.library.LibraryException;

import java.nio.file.Path;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * One open library and its repositories: an H2 file in a folder (H2Library) or a PostgreSQL database shared by a team
 * (ServerLibrary), used through Jdbi. What differs between the two databases is in {@link Dialect}.
 */
public final class Library implements AutoCloseable {
    static final String DATABASE = "library";

    /** What closing the library releases: its connection pool and whatever keeps the database open. */
    interface Resources {
        void close();
    }

    private final LibraryAddress address;
    private final Path folder;
    private final Jdbi jdbi;
    private final Dialect dialect;
    private final Resources resources;
    private final PostRepository posts;
    private final QueueRepository queue;
    private final RevisionRepository revisions;
    private final SavedViewRepository views;
    private final FindingRepository findings;
    private final SpellingRepository spelling;
    private final SentenceStatRepository sentenceStats;
    private final ReviewRepository reviews;
    private final CommentRepository comments;
    private final SettingRepository settings;
    private final TellEntryRepository tells;
    private final PresenceRepository presence;

    Library(LibraryAddress address, Path folder, Jdbi jdbi, Dialect dialect, PostCodec codec, Resources resources) {
        this.address = address;
        this.folder = folder;
        this.jdbi = jdbi;
        this.dialect = dialect;
        this.resources = resources;
        dialect.install(jdbi);
        FailureMessages.install(jdbi);
        if (Boolean.getBoolean(FX_THREAD_GUARD)) jdbi.getConfig(org.jdbi.v3.core.Handles.class).addListener(new FxThreadGuard());
        this.revisions = new RevisionRepository(jdbi, codec);
        this.posts = new PostRepository(jdbi, codec, revisions);
        this.queue = new QueueRepository(jdbi, revisions);
        this.views = new SavedViewRepository(jdbi);
        this.findings = new FindingRepository(jdbi);
        this.spelling = new SpellingRepository(jdbi);
        this.sentenceStats = new SentenceStatRepository(jdbi);
        this.reviews = new ReviewRepository(jdbi, revisions);
        this.comments = new CommentRepository(jdbi);
        this.settings = new SettingRepository(jdbi);
        this.tells = new TellEntryRepository(jdbi);
        this.presence = new PresenceRepository(jdbi);
    }

    /**
     * Opens the library in {@code folder}, creating it on first use. A new library is made whole before it takes the
     * library's name, and an older one is upgraded on a copy after a backup (LibraryFile), so that a process killed
     * meanwhile leaves a library that opens.
     */
    public static Library open(Path folder, PostCodec codec) throws LibraryException {
        return H2Library.open(folder, codec, notice -> { });
    }

    /**
     * Opens the library at {@code address}: a folder as {@link #open(Path, PostCodec)}, or a team library on a
     * PostgreSQL server, whose search index this computer keeps in {@code localFolder}.
     */
    public static Library open(LibraryAddress address, Path localFolder, PostCodec codec) throws LibraryException {
        return open(address, localFolder, codec, notice -> { });
    }

    /**
     * As above, telling {@code notices} what takes long before it starts, so that whoever waits can be told (an
     * upgrade of a folder library, with its backup; sort indexes built again after an interrupted import).
     */
    public static Library open(LibraryAddress address, Path localFolder, PostCodec codec,
                               java.util.function.Consumer<String> notices) throws LibraryException {
        if (address instanceof LibraryAddress.Server server) return ServerLibrary.open(server, localFolder, codec);
        return H2Library.open(Path.of(((LibraryAddress.Folder) address).path()), codec, notices);
    }

    /**
     * Set in the test runs: a library used on the JavaFX application thread fails there, loudly, instead of stalling
     * the window for as long as the query takes. The store cannot see JavaFX, so the thread is known by its name.
     */
    static final String FX_THREAD_GUARD = "reviewdesk.fxThreadGuard";

    private static final class FxThreadGuard implements org.jdbi.v3.core.HandleListener {
        @Override
        public void handleCreated(Handle handle) {
            if ("JavaFX Application Thread".equals(Thread.currentThread().getName())) {
                throw new IllegalStateException("the library was used on the JavaFX application thread, which must never "
                        + "wait on the database; run this through the window's background executor");
            }
        }
    }

    /**
     * Opens the folder library as its file is, when that file holds fewer changes than were written to it: the file
     * becomes the library, and the next open no longer refuses it (ChangeMark). Nothing else is changed. Returns whether
     * the file was behind: one that is not is opened and closed as any open would, and there was nothing to accept.
     */
    public static boolean acceptAsFound(Path folder, PostCodec codec) throws LibraryException {
        java.util.concurrent.atomic.AtomicBoolean behind = new java.util.concurrent.atomic.AtomicBoolean();
        H2Library.open(folder, codec, notice -> { }, behind).close();
        return behind.get();
    }

    /**
     * Gives a folder library's unused file space back now ({@code library compact}), telling {@code fileBytes} the file's
     * size as it shrinks; returns the size before and after. Refused while another program has the library open.
     */
    public static long[] compact(Path folder, java.util.function.LongConsumer fileBytes) throws LibraryException {
        return H2Library.compact(folder, fileBytes);
    }

    /**
     * Brings a team library's schema up to this build's (nobody else does: opening refuses an older one); returns the
     * versions before and after.
     */
    public static String[] migrate(LibraryAddress.Server server) throws LibraryException {
        return ServerLibrary.migrate(server);
    }

    /** One statement on a server's database, connected as a library would be (the bench's own schema). */
    public static void execute(LibraryAddress.Server server, String statement) throws LibraryException {
        try (var c = ServerLibrary.connect(ServerLibrary.dataSource(server), server); var st = c.createStatement()) {
            st.execute(statement);
        } catch (java.sql.SQLException e) {
            throw new LibraryException("on " + server.display() + ": " + ServerErrors.firstLine(String.valueOf(e.getMessage())), e);
        }
    }

    /** Where the library is, as the user named it. */
    public LibraryAddress address() {
        return address;
    }

    /** Whether this is a team library on a server, which others may be changing while it is open. */
    public boolean isShared() {
        return dialect == Dialect.POSTGRESQL;
    }

    public Path folder() {
        return folder;
    }

    public PostRepository posts() {
        return posts;
    }

    public QueueRepository queue() {
        return queue;
    }

    public RevisionRepository revisions() {
        return revisions;
    }

    public SavedViewRepository views() {
        return views;
    }

    public FindingRepository findings() {
        return findings;
    }

    /** The library's dictionary and the words each post ignores. */
    public SpellingRepository spelling() {
        return spelling;
    }

    /** The library's additions to and switched-off entries of the tell checks' lists. */
    public TellEntryRepository tells() {
        return tells;
    }

    public SentenceStatRepository sentenceStats() {
        return sentenceStats;
    }

    /** The review checklist, its ticks on each post, and which checks' findings keep a post from being reviewed. */
    public ReviewRepository reviews() {
        return reviews;
    }

    /** The library's own settings (spelling language, thresholds, the author name of comments). */
    public SettingRepository settings() {
        return settings;
    }

    /** The editorial comments on the posts' text. */
    public CommentRepository comments() {
        return comments;
    }

    /** Which window has which post open, for the editor's note about the others. */
    public PresenceRepository presence() {
        return presence;
    }

    Jdbi jdbi() {
        return jdbi;
    }

    private ServerChanges changes;

    void useChanges(ServerChanges serverChanges) {
        this.changes = serverChanges;
        jdbi.define(ORIGIN, serverChanges.origin());
    }

    /**
     * A number that changes whenever another process writes to the library; the window polls it. On a team library it
     * is kept by the notifications, and fails while the connection to the server is being made again.
     */
    public long changeStamp() {
        if (changes != null) return changes.stamp();
        return jdbi.withHandle(h -> h.createQuery("SELECT stamp FROM library_change WHERE id = 1").mapTo(Long.class).one());
    }

    /**
     * Every write transaction calls this, so that other processes notice the change, and so that the transaction is on
     * the disk, where the next open finds it, before it returns (StoreSync, docs/decisions/0010-durable-saves.md).
     */
    static void touch(Handle h) {
        // The stamp row is what the queue's cached counts are checked against (QueueCounter), on both databases.
        if (Dialect.of(h) == Dialect.POSTGRESQL) {
            h.execute("UPDATE library_change SET stamp = stamp + 1 WHERE id = 1");
            // Sent when the transaction commits, and only then; repeated ones in a transaction arrive once.
            h.execute("SELECT pg_notify('" + ServerChanges.CHANNEL + "', ?)",
                    h.getConfig(org.jdbi.v3.core.statement.SqlStatements.class).getAttribute(ORIGIN));
            return;
        }
        // The stamp this transaction wrote, for the mark once it is on the disk (ChangeMark).
        h.define(MARK_STAMP, h.createQuery("SELECT stamp FROM FINAL TABLE (UPDATE library_change SET stamp = stamp + 1 WHERE id = 1)")
                .mapTo(Long.class).one());
        var attributes = h.getConfig(org.jdbi.v3.core.statement.SqlStatements.class);
        Object markFile = attributes.getAttribute(CHANGE_MARK);
        if (Boolean.TRUE.equals(attributes.getAttribute(SYNC_PENDING))) return;
        h.define(SYNC_PENDING, true);
        h.afterCommit(() -> {
            h.define(SYNC_PENDING, false);
            h.execute("CALL RD_SYNC_STORE()");
            // Only now, with the write on the disk, may the mark say the file holds it (ChangeMark).
            if (markFile != null) ChangeMark.raise((Path) markFile, (Long) attributes.getAttribute(MARK_STAMP));
        });
        h.afterRollback(() -> h.define(SYNC_PENDING, false));
    }

    private static final String SYNC_PENDING = "reviewdesk.syncPending";
    /** A folder library's ChangeMark file, defined on its Jdbi when it is opened; the stamp a transaction wrote. */
    static final String CHANGE_MARK = "reviewdesk.changeMark";
    private static final String MARK_STAMP = "reviewdesk.markStamp";
    private static final String ORIGIN = "reviewdesk.origin";

    @Override
    public void close() {
        resources.close();
    }
}
