package org.reviewdesk.gui.library;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.reviewdesk.gui.task.BackgroundExecutor;
import org.reviewdesk.gui.task.LatestValueJob;

/**
 * The library list: the rows matching the search, a page at a time, in the store's order, and the
 * count line. Searches are coalesced, so typing in the search field never queues queries up; in
 * trash mode the list shows the trashed posts instead.
 */
public final class LibraryListViewModel {
    public static final int PAGE_SIZE = 200;

    private final LibraryAccess library;
    private final BackgroundExecutor executor;
    private final StringProperty searchText = new SimpleStringProperty(this, "searchText", "");
    private final BooleanProperty showingTrash = new SimpleBooleanProperty(this, "showingTrash");
    private final ObservableList<PostRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper(this, "countText", "Opening the library\u2026");
    private final LatestValueJob<Query, Page> search;
    private int matching;
    /** Whether a page was shown: from then on the count line is the list's, never an opening's notice. */
    private boolean listed;
    private boolean loadingMore;

    /** What to show, and how many rows of it. */
    private record Query(String text, boolean trash, int limit) {
    }

    private record Page(Query query, List<PostRow> rows, int matching, int total, String note) {
    }

    public LibraryListViewModel(LibraryAccess library, BackgroundExecutor libraryExecutor) {
        this.library = library;
        this.executor = libraryExecutor;
        this.search = new LatestValueJob<>(libraryExecutor, this::query, r -> show(r.output()),
                e -> countText.set("Search failed: " + e.getMessage()));
        searchText.addListener((o, was, now) -> refresh(PAGE_SIZE));
        showingTrash.addListener((o, was, now) -> refresh(PAGE_SIZE));
        // An opening that takes long says why where the count will be ("Upgrading the library…").
        library.onOpeningNotice(notice -> executor.onUiThread(() -> {
            if (!listed) countText.set(Character.toUpperCase(notice.charAt(0)) + notice.substring(1) + "\u2026");
        }));
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    public BooleanProperty showingTrashProperty() {
        return showingTrash;
    }

    public ObservableList<PostRow> rows() {
        return rows;
    }

    /** "1,204 posts", or "12 of 1,204" while searching, or "3 in the trash". */
    public ReadOnlyStringProperty countTextProperty() {
        return countText.getReadOnlyProperty();
    }

    /** Reloads the rows shown so far (after a change in the library). */
    public void refresh() {
        refresh(Math.max(PAGE_SIZE, rows.size()));
    }

    private void refresh(int limit) {
        search.request(new Query(searchText.get().strip(), showingTrash.get(), limit));
    }

    /** The user scrolled to the end of the list: fetch the next page, if there is one. */
    public void loadMore() {
        if (loadingMore || rows.size() >= matching || showingTrash.get()) return;
        loadingMore = true;
        String text = searchText.get().strip();
        int offset = rows.size();
        executor.submit(() -> library.search(text, offset, PAGE_SIZE), more -> {
            loadingMore = false;
            // Only append when the list still shows the same search from the same start.
            if (text.equals(searchText.get().strip()) && rows.size() == offset) rows.addAll(more);
        }, e -> loadingMore = false);
    }

    private Page query(Query q) {
        if (q.trash()) {
            List<PostRow> trashed = library.trashed();
            return new Page(q, trashed, trashed.size(), trashed.size(), "");
        }
        int total = library.count("");
        int matching = q.text().isEmpty() ? total : library.count(q.text());
        return new Page(q, library.search(q.text(), 0, q.limit()), matching, total,
                q.text().isEmpty() ? "" : library.searchNote());
    }

    private void show(Page page) {
        // The trash's rows under the library's heading (or the other way round) would open a post from the wrong list;
        // the answer for the list now shown is on its way.
        if (page.query().trash() != showingTrash.get()) return;
        matching = page.matching();
        rows.setAll(page.rows());
        listed = true;
        countText.set(countLine(page));
    }

    private static String countLine(Page page) {
        NumberFormat n = NumberFormat.getIntegerInstance(Locale.US);
        if (page.query().trash()) {
            return page.total() == 1 ? "1 post in the trash" : n.format(page.total()) + " posts in the trash";
        }
        if (page.query().text().isEmpty()) {
            return page.total() == 1 ? "1 post" : n.format(page.total()) + " posts";
        }
        return n.format(page.matching()) + " of " + n.format(page.total()) + (page.note().isEmpty() ? "" : " (" + page.note() + ")");
    }
}
