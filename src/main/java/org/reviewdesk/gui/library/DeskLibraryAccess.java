package org.reviewdesk.gui.library;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.reviewdesk.formats.Format;
import org.reviewdesk.model.FieldDrafts;
import org.reviewdesk.model.Post;
import org.reviewdesk.service.Desk;
import org.reviewdesk.service.EditedPost;
import org.reviewdesk.service.ImportOptions;
import org.reviewdesk.service.ImportReport;
import org.reviewdesk.service.StalePostException;
import org.reviewdesk.model.library.LibraryAddress;
import org.reviewdesk.model.library.LibraryException;
import org.reviewdesk.model.library.PostSummary;

/**
 * The window's view of a real library: the service layer's {@link Desk}, translated to what the window needs.
 * It may be made while the library is still opening ({@link #opening}), so that the window is built meanwhile;
 * every call that needs the library is made in the background and waits there for the opening to finish.
 */
public final class DeskLibraryAccess implements LibraryAccess {
    private final LibraryAddress address;
    private final CompletableFuture<Desk> desk;
    private final OpeningNotices notices;

    public DeskLibraryAccess(Desk desk) {
        this(desk.address(), CompletableFuture.completedFuture(desk), new OpeningNotices());
    }

    private DeskLibraryAccess(LibraryAddress address, CompletableFuture<Desk> desk, OpeningNotices notices) {
        this.address = address;
        this.desk = desk;
        this.notices = notices;
    }

    /** Opens (and on first start creates) the library in {@code folder}, waiting until it is open. */
    public static DeskLibraryAccess open(Path folder) throws LibraryException {
        Desk desk = Desk.open(folder);
        desk.search().start();
        return new DeskLibraryAccess(desk);
    }

    /** Starts opening the library in {@code folder} on a thread of its own and returns at once. */
    public static DeskLibraryAccess opening(Path folder) {
        return opening(new LibraryAddress.Folder(folder.toAbsolutePath().normalize().toString()));
    }

    /** Starts opening the library at {@code dir} (a folder or a team library) on a thread of its own. */
    public static DeskLibraryAccess opening(LibraryAddress dir) {
        CompletableFuture<Desk> future = new CompletableFuture<>();
        OpeningNotices notices = new OpeningNotices();
        Thread opener = new Thread(() -> {
            try {
                Desk desk = Desk.open(dir, notices);
                desk.search().start();
                future.complete(desk);
            } catch (Throwable e) {
                future.completeExceptionally(e);
            }
        }, "library-open");
        opener.setDaemon(true);
        opener.start();
        return new DeskLibraryAccess(dir, future, notices);
    }

    @Override
    public void onOpeningNotice(java.util.function.Consumer<String> listener) {
        notices.listen(listener);
    }

    /** Completes when the library is open, or exceptionally with the reason it could not be opened. */
    public CompletableFuture<Desk> opened() {
        return desk;
    }

    /** The open desk; waits for the opening. Never call it on the FX thread before {@link #opened()} completed. */
    private Desk desk() {
        try {
            return desk.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof LibraryException le) throw new IllegalStateException(le.getMessage(), le);
            throw e.getCause() instanceof RuntimeException re ? re : e;
        }
    }

    @Override
    public org.reviewdesk.gui.findings.FindingsAccess findings() {
        return new org.reviewdesk.gui.findings.DeskFindingsAccess(this::desk);
    }

    @Override
    public java.util.Optional<org.reviewdesk.gui.comments.CommentsAccess> comments() {
        return java.util.Optional.of(new org.reviewdesk.gui.comments.DeskCommentsAccess(this::desk));
    }

    @Override
    public java.util.Optional<org.reviewdesk.gui.spelling.SpellingAccess> spelling() {
        return java.util.Optional.of(new org.reviewdesk.gui.spelling.DeskSpellingAccess(this::desk));
    }

    @Override
    public java.util.Optional<org.reviewdesk.gui.presence.PresenceAccess> presence() {
        return java.util.Optional.of(new org.reviewdesk.gui.presence.DeskPresenceAccess(this::desk));
    }

    @Override
    public java.util.Optional<org.reviewdesk.gui.settings.SettingsAccess> settings() {
        return java.util.Optional.of(new org.reviewdesk.gui.settings.DeskSettingsAccess(this::desk));
    }

    @Override
    public Path folder() {
        return address instanceof LibraryAddress.Server server
                ? org.reviewdesk.service.LibraryLocation.teamFolder(server, System.getenv())
                : Path.of(((LibraryAddress.Folder) address).path());
    }

    @Override
    public LibraryAddress address() {
        return address;
    }

    private static PostRow row(PostSummary s) {
        return new PostRow(s.id(), s.reference(), s.title(), s.status(), s.version(), s.freshness(),
                s.needsHumanReview(), s.lastReviewed());
    }

    private static OpenedPost opened(EditedPost p) {
        return new OpenedPost(p.id(), p.post(), p.rowVersion(), p.drafts());
    }

    @Override
    public List<PostRow> search(String text, int offset, int limit) {
        return desk().search().search(text, offset, limit).stream().map(DeskLibraryAccess::row).toList();
    }

    @Override
    public int count(String text) {
        return desk().search().count(text);
    }

    @Override
    public String searchNote() {
        var search = desk().search();
        return search.state() == org.reviewdesk.service.LibrarySearch.State.BUILDING
                ? String.format(java.util.Locale.US, "search index %,d posts in", search.built()) : "";
    }

    @Override
    public OpenedPost open(long id) {
        return opened(desk().edits().open(id));
    }

    @Override
    public OpenedPost save(long id, long expectedRowVersion, Post post, FieldDrafts drafts) throws StaleSaveException {
        try {
            return opened(desk().edits().save(id, expectedRowVersion, post, drafts));
        } catch (StalePostException e) {
            throw new StaleSaveException(opened(e.current()));
        }
    }

    @Override
    public org.reviewdesk.model.SemVer highestVersion(long id) {
        return desk().edits().highestVersion(id);
    }

    @Override
    public List<String> suggestions(String field, int limit) {
        return desk().posts().distinctItems(field, limit);
    }

    @Override
    public long create(Post post) {
        return desk().posts().create(post).id();
    }

    @Override
    public void trash(long id) {
        desk().posts().trash(id);
    }

    @Override
    public void restore(long id) {
        desk().posts().restore(id);
    }

    @Override
    public List<PostRow> trashed() {
        return desk().posts().trashed().stream().map(DeskLibraryAccess::row).toList();
    }

    @Override
    public void emptyTrash() {
        desk().posts().emptyTrash();
    }

    @Override
    public java.util.Optional<java.util.function.Supplier<org.reviewdesk.service.ReviewService>> reviews() {
        return java.util.Optional.of(() -> desk().reviews());
    }

    @Override
    public void keepRevisionsEvery(java.time.Duration interval) {
        desk.thenAccept(d -> d.edits().autoRevisions().setInterval(interval));
    }

    @Override
    public java.util.Optional<ConflictAccess> conflicts() {
        return java.util.Optional.of(new DeskConflictAccess(() -> desk().conflicts()));
    }

    @Override
    public java.util.Optional<org.reviewdesk.service.RevisionService> revisions() {
        return java.util.Optional.of(desk().revisions());
    }

    @Override
    public java.util.Optional<org.reviewdesk.gui.queue.QueueAccess> queue() {
        return java.util.Optional.of(new org.reviewdesk.gui.queue.DeskQueueAccess(this::desk));
    }

    @Override
    public long changeStamp() {
        return desk().posts().changeStamp();
    }

    @Override
    public ImportSummary importFiles(List<Path> files, ImportProgress progress) {
        ImportReport report = desk().imports().importPaths(files, ImportOptions.DEFAULT,
                (done, total, outcome) -> progress.fileDone(done, total));
        List<ImportSummary.Failure> failed = new ArrayList<>();
        for (ImportReport.Failure f : report.failed()) failed.add(new ImportSummary.Failure(f.file(), f.line(), f.reason()));
        return new ImportSummary(report.imported(), report.updated(), report.unchanged(), report.conflicts().size(), failed);
    }

    @Override
    public int checkAll(ImportProgress progress, java.util.function.BooleanSupplier cancelled) {
        return desk().checks().recheckAll(progress::fileDone, cancelled);
    }

    @Override
    public long changeMark() {
        return desk().checks().mark();
    }

    @Override
    public int checkWrittenSince(long mark, java.util.function.IntConsumer progress) {
        return desk().checks().checkWrittenSince(mark, progress);
    }

    @Override
    public List<Path> export(List<Long> ids, String formatName, Path dir) throws Exception {
        List<Post> posts = ids.stream().map(id -> open(id).post()).toList();
        return desk().exports().exportToFolder(posts, Format.parse(formatName), dir);
    }

    @Override
    public List<String> exportFormats() {
        return Arrays.stream(Format.values()).filter(Format::writable).map(Format::id).toList();
    }

    @Override
    public int addSamples() {
        return desk().samples().addSamples();
    }

    @Override
    public boolean isEmpty() {
        return desk().samples().libraryIsEmpty();
    }

    @Override
    public void close() {
        // A window closed while its library was still opening closes the library once it is open.
        desk.whenComplete((d, e) -> {
            if (d != null) d.close();
        });
    }
}
