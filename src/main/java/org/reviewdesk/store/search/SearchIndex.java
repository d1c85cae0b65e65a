package org.reviewdesk.store.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.BytesRef;
import org.reviewdesk.store.PostRepository;

/**
 * A word index of every post's title, topic, reference and body, kept in the library folder beside the database
 * and brought up to date from the posts' change numbers ({@link PostRepository#changedSince}): a search is then a
 * lookup instead of a scan of every body (docs/decisions/0004). It is derived data: deleted, it is built again.
 *
 * <p>A search finds the posts in which every word of the text starts a word (so "kube" finds Kubernetes), or whose
 * reference starts with the text; in title order. One process at a time keeps the index (Lucene's write lock); a
 * second window on the same library searches without it.
 */
public final class SearchIndex implements AutoCloseable {
    /** Raised when the index changes its layout, so that an older one is built again. */
    static final String FORMAT = "2";
    private static final String FORMAT_KEY = "format";
    private static final String SEQ_KEY = "change_seq";
    private static final int BATCH = 500;
    private static final int COMMIT_EVERY = 10_000;
    private static final Sort TITLE_ORDER = new Sort(new SortField("title_key", SortField.Type.STRING),
            new SortField("id", SortField.Type.LONG));

    private final Analyzer analyzer = new StandardAnalyzer();
    private final FSDirectory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private volatile long indexedSeq;

    private SearchIndex(FSDirectory directory, IndexWriter writer, long indexedSeq) throws IOException {
        this.directory = directory;
        this.writer = writer;
        this.searchers = new SearcherManager(writer, null);
        this.indexedSeq = indexedSeq;
    }

    /** Opens (or creates) the index in {@code folder}; throws {@link LockObtainFailedException} when another process keeps it. */
    public static SearchIndex open(Path folder) throws IOException {
        Files.createDirectories(folder);
        FSDirectory directory = FSDirectory.open(folder);
        try {
            IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND).setRAMBufferSizeMB(24);
            IndexWriter writer = new IndexWriter(directory, config);
            Map<String, String> data = committed(directory);
            long seq = 0;
            if (FORMAT.equals(data.get(FORMAT_KEY)) && data.containsKey(SEQ_KEY)) {
                seq = Long.parseLong(data.get(SEQ_KEY));
            } else {
                writer.deleteAll();
            }
            return new SearchIndex(directory, writer, seq);
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    private static Map<String, String> committed(FSDirectory directory) throws IOException {
        if (!DirectoryReader.indexExists(directory)) return Map.of();
        List<org.apache.lucene.index.IndexCommit> commits = DirectoryReader.listCommits(directory);
        return commits.isEmpty() ? Map.of() : commits.get(commits.size() - 1).getUserData();
    }

    /** The change number of the last post indexed: everything up to it is in the index. */
    public long indexedSeq() {
        return indexedSeq;
    }

    /**
     * Indexes the posts changed since the last catch-up, at most about {@code max} of them (whole batches), and makes
     * them searchable; a long catch-up commits as it goes, so that an interrupted one resumes where it stopped.
     * {@code progress} receives the number indexed so far. Returns that number.
     */
    public int catchUp(PostRepository posts, java.util.function.IntConsumer progress, int max) throws IOException {
        int done = 0;
        int sinceCommit = 0;
        while (done < max) {
            List<PostRepository.Indexed> batch = posts.changedSince(indexedSeq, BATCH);
            if (batch.isEmpty()) break;
            for (PostRepository.Indexed p : batch) {
                Term id = new Term("id_key", Long.toString(p.id()));
                if (p.inTrash()) writer.deleteDocuments(id);
                else writer.updateDocument(id, document(p));
            }
            indexedSeq = batch.get(batch.size() - 1).changeSeq();
            done += batch.size();
            sinceCommit += batch.size();
            if (sinceCommit >= COMMIT_EVERY) {
                commit();
                sinceCommit = 0;
            }
            progress.accept(done);
        }
        if (done > 0) searchers.maybeRefreshBlocking();
        return done;
    }

    /** Forgets the posts that are no longer in the library (its trash emptied): the index holds only ids given. */
    public void retainOnly(java.util.Set<Long> ids) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        List<Term> gone = new ArrayList<>();
        try {
            var stored = searcher.storedFields();
            for (int doc = 0; doc < searcher.getIndexReader().maxDoc(); doc++) {
                // Deleted documents still answer here; deleting them again is harmless.
                long id = stored.document(doc).getField("id").numericValue().longValue();
                if (!ids.contains(id)) gone.add(new Term("id_key", Long.toString(id)));
            }
        } finally {
            searchers.release(searcher);
        }
        if (!gone.isEmpty()) {
            writer.deleteDocuments(gone.toArray(Term[]::new));
            commit();
        }
    }

    /** How many posts the index holds. */
    public int size() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            searchers.release(searcher);
        }
    }

    /** Writes what was indexed to disk, with the change number reached, for the next session. */
    public void commit() throws IOException {
        writer.setLiveCommitData(Map.of(FORMAT_KEY, FORMAT, SEQ_KEY, Long.toString(indexedSeq)).entrySet());
        writer.commit();
        searchers.maybeRefresh();
    }

    /**
     * The words of a post, as a search asks for them: which posts hold a word. A search matches every word as a
     * prefix and orders by title, never by score and never by phrase, so the index keeps no counts, positions or
     * norms (format 2: three quarters of the index were those, docs/decisions/0017).
     */
    private static final FieldType WORDS = words();

    private static FieldType words() {
        FieldType t = new FieldType(TextField.TYPE_NOT_STORED);
        t.setIndexOptions(IndexOptions.DOCS);
        t.setOmitNorms(true);
        t.freeze();
        return t;
    }

    private Document document(PostRepository.Indexed p) {
        Document doc = new Document();
        doc.add(new StringField("id_key", Long.toString(p.id()), Field.Store.NO));
        doc.add(new StoredField("id", p.id()));
        doc.add(new NumericDocValuesField("id", p.id()));
        doc.add(new SortedDocValuesField("title_key", new BytesRef(truncate(p.titleKey()))));
        doc.add(new Field("text", p.text(), WORDS));
        doc.add(new StringField("reference", p.reference().toLowerCase(Locale.ROOT), Field.Store.NO));
        return doc;
    }

    /** Sorted doc values hold at most 32,766 bytes; a title's first thousand characters order it well enough. */
    private static String truncate(String titleKey) {
        return titleKey.length() > 1000 ? titleKey.substring(0, 1000) : titleKey;
    }

    /** The ids of the posts the text finds, in title order, from {@code offset}, at most {@code limit}. */
    public List<Long> search(String text, int offset, int limit) {
        Query query = query(text);
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                TopFieldDocs top = searcher.search(query, Math.max(1, offset + limit), TITLE_ORDER);
                var stored = searcher.storedFields();
                List<Long> ids = new ArrayList<>();
                for (int i = offset; i < top.scoreDocs.length; i++) {
                    ScoreDoc hit = top.scoreDocs[i];
                    ids.add(stored.document(hit.doc).getField("id").numericValue().longValue());
                }
                return ids;
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many posts the text finds. */
    public int count(String text) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return searcher.count(query(text));
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every word of the text starts a word of the post, or the post's reference starts with the text. */
    Query query(String text) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty()) return new MatchNoDocsQuery();
        BooleanQuery.Builder words = new BooleanQuery.Builder();
        int n = 0;
        try (TokenStream tokens = analyzer.tokenStream("text", stripped)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                words.add(new PrefixQuery(new Term("text", term.toString())), BooleanClause.Occur.MUST);
                n++;
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        BooleanQuery.Builder either = new BooleanQuery.Builder();
        if (n > 0) either.add(words.build(), BooleanClause.Occur.SHOULD);
        either.add(new PrefixQuery(new Term("reference", stripped.toLowerCase(Locale.ROOT))), BooleanClause.Occur.SHOULD);
        return either.build();
    }

    @Override
    public void close() throws IOException {
        try {
            searchers.close();
            writer.close();
        } finally {
            directory.close();
            analyzer.close();
        }
    }
}
