package org.reviewdesk.gui.library;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.reviewdesk.gui.InMemoryLibrary;
import org.reviewdesk.gui.task.SameThreadExecutor;

class LibraryListViewModelTest {
    private final InMemoryLibrary library = new InMemoryLibrary();
    private final LibraryListViewModel list = new LibraryListViewModel(library, new SameThreadExecutor());

    @Test
    void theCountShowsAllPostsThenHowManyMatchTheSearch() {
        for (int i = 0; i < 1204; i++) library.create(InMemoryLibrary.post("Post " + i, i % 100 == 7 ? "uses kafka" : "plain"));
        list.refresh();
        assertThat(list.countTextProperty().get()).isEqualTo("1,204 posts");

        list.searchTextProperty().set("kafka");

        assertThat(list.countTextProperty().get()).isEqualTo("12 of 1,204");
        assertThat(list.rows()).hasSize(12).allSatisfy(r -> assertThat(library.open(r.id()).post().body()).contains("kafka"));
    }

    @Test
    void theListLoadsAPageAtATime() {
        for (int i = 0; i < 450; i++) library.create(InMemoryLibrary.post("Post " + i, "body"));
        list.refresh();
        assertThat(list.rows()).hasSize(LibraryListViewModel.PAGE_SIZE);

        list.loadMore();
        list.loadMore();
        list.loadMore();

        assertThat(list.rows()).hasSize(450);
        assertThat(list.rows().get(449).title()).isEqualTo("Post 449");
    }

    @Test
    void theTrashModeListsTrashedPostsOnly() {
        long kept = library.create(InMemoryLibrary.post("Kept", "b"));
        long gone = library.create(InMemoryLibrary.post("Gone", "b"));
        library.trash(gone);

        list.showingTrashProperty().set(true);
        assertThat(list.rows()).extracting(PostRow::id).containsExactly(gone);
        assertThat(list.countTextProperty().get()).isEqualTo("1 post in the trash");

        list.showingTrashProperty().set(false);
        assertThat(list.rows()).extracting(PostRow::id).containsExactly(kept);
    }

    @Test
    void theTrashsRowsNeverShowUnderTheLibrarysHeadingWhenItIsLeftWhileTheyAreRead() {
        long kept = library.create(InMemoryLibrary.post("Kept", "b"));
        long gone = library.create(InMemoryLibrary.post("Gone", "b"));
        library.trash(gone);
        org.reviewdesk.gui.task.ManualExecutor slow = new org.reviewdesk.gui.task.ManualExecutor();
        LibraryListViewModel twoLists = new LibraryListViewModel(library, slow);
        twoLists.refresh();
        slow.runNext();
        java.util.List<java.util.List<Long>> shown = new java.util.ArrayList<>();
        twoLists.rows().addListener((javafx.collections.ListChangeListener<PostRow>) c ->
                shown.add(twoLists.rows().stream().map(PostRow::id).toList()));

        twoLists.showingTrashProperty().set(true);
        twoLists.showingTrashProperty().set(false);
        while (slow.waiting() > 0) slow.runNext();

        assertThat(shown).noneMatch(ids -> ids.contains(gone));
        assertThat(twoLists.rows()).extracting(PostRow::id).containsExactly(kept);
    }
}
