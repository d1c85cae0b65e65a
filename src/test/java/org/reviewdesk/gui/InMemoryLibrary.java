package org.reviewdesk.gui;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.reviewdesk.gui.library.ImportSummary;
import org.reviewdesk.gui.library.LibraryAccess;
import org.reviewdesk.gui.library.OpenedPost;
import org.reviewdesk.gui.library.PostRow;
import org.reviewdesk.gui.library.StaleSaveException;
import org.reviewdesk.model.FieldDrafts;
import org.reviewdesk.model.Meta;
import org.reviewdesk.model.Post;

/** A library in memory for view-model tests: the same contract as the real one, with a counter of saves. */
public final class InMemoryLibrary implements LibraryAccess {
    private final Map<Long, OpenedPost> posts = new LinkedHashMap<>();
    private final Set<Long> trash = new TreeSet<>();
    private long nextId = 1;
    private long stamp;
    public int saves;
    /** While set, the library does not answer, as a team library whose server went away: stamps and saves fail. */
    public volatile boolean away;

    public static Post post(String title, String body) {
        return new Post(title, body, Meta.builder().reference("ref-" + title.toLowerCase(Locale.ROOT).replace(' ', '-')).build());
    }

    /** Another writer (the command line) changes a post behind the window's back. */
    public synchronized void writeBehindTheWindow(long id, String body) {
        OpenedPost p = posts.get(id);
        posts.put(id, new OpenedPost(id, p.post().withBody(body), p.rowVersion() + 1, p.drafts()));
        stamp++;
    }

    @Override
    public Path folder() {
        return Path.of("/tmp/in-memory-library");
    }

    private boolean matches(OpenedPost p, String text) {
        if (text.isBlank()) return true;
        String t = text.toLowerCase(Locale.ROOT);
        return (p.post().title() + "\n" + p.post().body() + "\n" + p.post().reference()).toLowerCase(Locale.ROOT).contains(t);
    }

    private static PostRow row(OpenedPost p) {
        return new PostRow(p.id(), p.post().reference(), p.post().title(), "drafted", "1.0.0", 50, false, null);
    }

    @Override
    public synchronized List<PostRow> search(String text, int offset, int limit) {
        return posts.values().stream().filter(p -> !trash.contains(p.id()) && matches(p, text))
                .skip(offset).limit(limit).map(InMemoryLibrary::row).toList();
    }

    @Override
    public synchronized int count(String text) {
        return (int) posts.values().stream().filter(p -> !trash.contains(p.id()) && matches(p, text)).count();
    }

    @Override
    public synchronized OpenedPost open(long id) {
        OpenedPost p = posts.get(id);
        if (p == null) throw new IllegalArgumentException("no post " + id);
        return p;
    }

    @Override
    public synchronized OpenedPost save(long id, long expectedRowVersion, Post post, FieldDrafts drafts)
            throws StaleSaveException {
        if (away) throw new IllegalStateException("Connection to the server refused");
        OpenedPost current = open(id);
        if (current.rowVersion() != expectedRowVersion) throw new StaleSaveException(current);
        OpenedPost saved = new OpenedPost(id, post, expectedRowVersion + 1, drafts);
        posts.put(id, saved);
        saves++;
        stamp++;
        return saved;
    }

    @Override
    public synchronized long create(Post post) {
        long id = nextId++;
        posts.put(id, new OpenedPost(id, post, 1));
        stamp++;
        return id;
    }

    @Override
    public synchronized void trash(long id) {
        trash.add(id);
        stamp++;
    }

    @Override
    public synchronized void restore(long id) {
        trash.remove(id);
        stamp++;
    }

    @Override
    public synchronized List<PostRow> trashed() {
        return trash.stream().map(posts::get).map(InMemoryLibrary::row).toList();
    }

    @Override
    public synchronized void emptyTrash() {
        trash.forEach(posts::remove);
        trash.clear();
        stamp++;
    }

    @Override
    public synchronized long changeStamp() {
        if (away) throw new IllegalStateException("reconnecting to the team library");
        return stamp;
    }

    /** Imports are tested over a real library (DeskViewModelTest, DeskLibraryAccessTest): files are parsed there. */
    @Override
    public ImportSummary importFiles(List<Path> files, ImportProgress progress) {
        throw new UnsupportedOperationException("import into a real library (DeskLibraryAccess) instead");
    }

    @Override
    public List<Path> export(List<Long> ids, String formatName, Path dir) {
        return ids.stream().map(id -> dir.resolve(id + ".txt")).toList();
    }

    @Override
    public List<String> exportFormats() {
        return List.of("alphanode text");
    }

    @Override
    public synchronized boolean isEmpty() {
        return posts.isEmpty();
    }

    @Override
    public int addSamples() {
        create(post("Sample one", "# Sample one\n\nA sample."));
        create(post("Sample two", "# Sample two\n\nAnother sample."));
        return 2;
    }

    @Override
    public void close() {
    }
}
