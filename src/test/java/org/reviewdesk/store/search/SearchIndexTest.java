package org.reviewdesk.store.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reviewdesk.model.Meta;
import org.reviewdesk.model.Post;
import org.reviewdesk.service.JsonSnapshotCodec;
import org.reviewdesk.store.Library;
import org.reviewdesk.model.library.StoredPost;

/** The word index over a real library in a temporary folder. */
class SearchIndexTest {
    @TempDir
    Path dir;
    private Library library;
    private SearchIndex index;

    @BeforeEach
    void open() throws Exception {
        library = Library.open(org.reviewdesk.testing.TestLibraries.address(dir.resolve("library")), dir.resolve("library").resolve("local"), new JsonSnapshotCodec());
        index = SearchIndex.open(dir.resolve("index"));
    }

    @AfterEach
    void close() throws Exception {
        index.close();
        library.close();
    }

    private long create(String reference, String title, String topic, String body) {
        return library.posts().create(new Post(title, body, Meta.builder().reference(reference).topic(topic).build())).id();
    }

    private int catchUp() throws Exception {
        return index.catchUp(library.posts(), n -> { }, Integer.MAX_VALUE);
    }

    @Test
    void findsWordsAndWordBeginningsInTitleTopicReferenceAndBodyInTitleOrder() throws Exception {
        long kafka = create("anp-ref-000100-1", "Kafka consumer lag", "streaming", "Watch the **lag** on every partition.");
        long redis = create("anp-ref-000200-2", "Caching with Redis", "caching", "Use allkeys-LRU eviction for Kubernetes pods.");
        long zero = create("anp-ref-000300-3", "Zero-downtime deploys", "deploys", "Drain the pods before the rollback.");
        assertThat(catchUp()).isEqualTo(3);

        assertThat(index.search("lru", 0, 10)).containsExactly(redis);
        assertThat(index.search("kube", 0, 10)).as("a word's beginning").containsExactly(redis);
        assertThat(index.search("PODS", 0, 10)).as("case aside, in title order").containsExactly(redis, zero);
        assertThat(index.search("pods rollback", 0, 10)).as("every word").containsExactly(zero);
        assertThat(index.search("streaming", 0, 10)).as("the topic").containsExactly(kafka);
        assertThat(index.search("anp-ref-0002", 0, 10)).as("a reference's beginning").containsExactly(redis);
        assertThat(index.search("downtime", 0, 10)).as("the title").containsExactly(zero);
        assertThat(index.search("no such words", 0, 10)).isEmpty();
        assertThat(index.count("pods")).isEqualTo(2);
        assertThat(index.search("pods", 1, 10)).as("from an offset").containsExactly(zero);
    }

    @Test
    void followsSavesTheTrashAndRestoresAndResumesWhereItStopped() throws Exception {
        long id = create("ref-1", "Backups", "ops", "Take a snapshot first.");
        create("ref-2", "Logging", "ops", "Structured logs only.");
        catchUp();
        StoredPost stored = library.posts().find(id).orElseThrow();
        library.posts().save(id, stored.rowVersion(), new Post("Backups", "Take a snapshot first, then verify the restore.",
                stored.post().meta()));
        assertThat(catchUp()).isEqualTo(1);
        assertThat(index.search("verify", 0, 10)).containsExactly(id);

        library.posts().trash(id);
        catchUp();
        assertThat(index.search("snapshot", 0, 10)).isEmpty();
        library.posts().restore(id);
        catchUp();
        assertThat(index.search("snapshot", 0, 10)).containsExactly(id);

        index.commit();
        long seq = index.indexedSeq();
        index.close();
        index = SearchIndex.open(dir.resolve("index"));
        assertThat(index.indexedSeq()).isEqualTo(seq);
        assertThat(catchUp()).as("nothing changed since the commit").isZero();
        assertThat(index.size()).isEqualTo(2);
        assertThat(index.search("structured", 0, 10)).hasSize(1);
    }

    @Test
    void postsEmptiedFromTheTrashElsewhereLeaveTheIndexWhenItIsReconciled() throws Exception {
        long gone = create("ref-1", "Old post", "ops", "Obsolete advice.");
        long kept = create("ref-2", "New post", "ops", "Current advice.");
        catchUp();
        library.posts().trash(gone);
        catchUp();
        library.posts().emptyTrash();
        catchUp();
        assertThat(index.size()).isEqualTo(1);

        // A post trashed and emptied between two catch-ups never passes through the index as trashed.
        long late = create("ref-3", "Late post", "ops", "Short-lived advice.");
        catchUp();
        library.posts().trash(late);
        library.posts().emptyTrash();
        assertThat(index.size()).isEqualTo(2);
        index.retainOnly(new HashSet<>(library.posts().ids()));
        assertThat(index.size()).isEqualTo(1);
        assertThat(index.search("advice", 0, 10)).isEqualTo(List.of(kept));
    }

    @Test
    void anIndexOfTheFormerLayoutIsBuiltAgainAndThenFindsThePosts() throws Exception {
        index.close();
        Path old = dir.resolve("old-index");
        // What format 1 wrote: the words with their counts and positions, and its format in the commit.
        try (var directory = org.apache.lucene.store.FSDirectory.open(old);
             var writer = new org.apache.lucene.index.IndexWriter(directory,
                     new org.apache.lucene.index.IndexWriterConfig(new org.apache.lucene.analysis.standard.StandardAnalyzer()))) {
            var doc = new org.apache.lucene.document.Document();
            doc.add(new org.apache.lucene.document.TextField("text", "stale words", org.apache.lucene.document.Field.Store.NO));
            writer.addDocument(doc);
            writer.setLiveCommitData(java.util.Map.of("format", "1", "change_seq", "99").entrySet());
            writer.commit();
        }
        long redis = create("anp-ref-000200-2", "Caching with Redis", "caching", "Use allkeys-LRU eviction.");

        index = SearchIndex.open(old);
        assertThat(index.size()).as("the former index is dropped").isZero();
        assertThat(index.indexedSeq()).isZero();
        assertThat(catchUp()).isEqualTo(1);
        assertThat(index.search("evict", 0, 10)).containsExactly(redis);
        assertThat(index.search("stale", 0, 10)).isEmpty();
    }
}
