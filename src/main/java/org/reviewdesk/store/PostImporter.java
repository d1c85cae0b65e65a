package org.reviewdesk.store;

import org.reviewdesk.model.library.ImportOutcome;
import org.reviewdesk.model.library.StoredPost;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.reviewdesk.model.Post;
import org.reviewdesk.store.PostRepository.FileResult;

/**
 * Imports posts: a new reference becomes a post, a known one is updated unless it was edited in the library since
 * (then kept, or overwritten when asked), each change with its revisions.
 */
final class PostImporter {
    private final Jdbi jdbi;
    private final PostCodec codec;

    PostImporter(Jdbi jdbi, PostCodec codec) {
        this.jdbi = jdbi;
        this.codec = codec;
    }

    /** Imports the posts of one file in one transaction: all of them or, on an error, none. */
    List<ImportOutcome> importPosts(List<Post> posts, boolean overwrite) {
        return jdbi.inTransaction(h -> {
            List<ImportOutcome> outcomes = new ArrayList<>(posts.size());
            for (Post post : posts) outcomes.add(importOne(h, post, overwrite));
            if (changed(outcomes)) Library.touch(h);
            return outcomes;
        });
    }

    /**
     * Imports several files' posts in one transaction, each file under its own savepoint: a file the library
     * refuses is rolled back alone, and the others are committed together. Committing a group rather than
     * each file is what lets an import keep up with the disk (docs/performance.md).
     */
    List<FileResult> importFiles(List<List<Post>> files, boolean overwrite) {
        try {
            return jdbi.inTransaction(h -> importGroup(h, files, overwrite));
        } catch (RuntimeException e) {
            // Something in the group was refused: do it again file by file, so that only that file fails.
            return jdbi.inTransaction(h -> importEachFile(h, files, overwrite));
        }
    }

    private static boolean changed(List<ImportOutcome> outcomes) {
        return outcomes.stream().anyMatch(o -> o != ImportOutcome.UNCHANGED && o != ImportOutcome.CONFLICT_KEPT_LOCAL);
    }

    /**
     * The fast path: the group's new posts go in as one batch (rows and child rows), known references take
     * the per-post path. Any error rolls the whole group back for {@link #importEachFile}.
     */
    private List<FileResult> importGroup(Handle h, List<List<Post>> files, boolean overwrite) {
        Map<String, Long> existing = existingReferences(h, files);
        List<Post> fresh = new ArrayList<>();
        List<FileResult> results = new ArrayList<>(files.size());
        boolean changed = false;
        for (List<Post> posts : files) {
            List<ImportOutcome> outcomes = new ArrayList<>(posts.size());
            for (Post p : posts) {
                if (existing.containsKey(p.reference())) {
                    outcomes.add(importOne(h, p, overwrite));
                } else {
                    fresh.add(p);
                    outcomes.add(ImportOutcome.IMPORTED);
                }
            }
            changed |= changed(outcomes);
            results.add(new FileResult(outcomes, null));
        }
        if (!fresh.isEmpty()) PostWriter.insertAll(h, fresh, false);
        if (changed) Library.touch(h);
        return results;
    }

    /** The ids of the group's references already in the library; a reference twice in the group is refused. */
    private static Map<String, Long> existingReferences(Handle h, List<List<Post>> files) {
        List<String> refs = new ArrayList<>();
        for (List<Post> posts : files) {
            for (Post p : posts) {
                PostWriter.requireStorable(p);
                refs.add(p.reference());
            }
        }
        if (new HashSet<>(refs).size() != refs.size()) {
            throw new IllegalStateException("a reference occurs twice in the group");
        }
        Map<String, Long> existing = new HashMap<>();
        for (int i = 0; i < refs.size(); i += 1000) {
            h.createQuery("SELECT reference, id FROM post WHERE reference IN (<refs>)")
                    .bindList("refs", refs.subList(i, Math.min(refs.size(), i + 1000)))
                    .map((rs, ctx) -> existing.put(rs.getString(1), rs.getLong(2))).forEach(x -> { });
        }
        return existing;
    }

    private List<FileResult> importEachFile(Handle h, List<List<Post>> files, boolean overwrite) {
        List<FileResult> results = new ArrayList<>(files.size());
        boolean changed = false;
        for (List<Post> posts : files) {
            String savepoint = "file" + results.size();
            h.savepoint(savepoint);
            try {
                List<ImportOutcome> outcomes = new ArrayList<>(posts.size());
                for (Post post : posts) outcomes.add(importOne(h, post, overwrite));
                h.release(savepoint);
                changed |= changed(outcomes);
                results.add(new FileResult(outcomes, null));
            } catch (RuntimeException e) {
                h.rollbackToSavepoint(savepoint);
                String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                int nl = m.indexOf('\n');
                results.add(new FileResult(List.of(), nl < 0 ? m : m.substring(0, nl)));
            }
        }
        if (changed) Library.touch(h);
        return results;
    }

    private ImportOutcome importOne(Handle h, Post post, boolean overwrite) {
        PostWriter.requireStorable(post);
        Optional<Long> existing = h.createQuery("SELECT id FROM post WHERE reference = ? FOR UPDATE")
                .bind(0, post.reference()).mapTo(Long.class).findOne();
        if (existing.isEmpty()) {
            PostWriter.insert(h, post, false);
            return ImportOutcome.IMPORTED;
        }
        StoredPost current = PostLoader.load(h, List.of(existing.get())).get(0);
        if (current.post().equals(post)) {
            return ImportOutcome.UNCHANGED;
        }
        if (current.editedSinceImport() && !overwrite) {
            return ImportOutcome.CONFLICT_KEPT_LOCAL;
        }
        ImportOutcome outcome = current.editedSinceImport() ? ImportOutcome.OVERWRITTEN : ImportOutcome.UPDATED;
        RevisionRepository.insert(h, current.id(), current.post(), codec.encode(current.post()),
                outcome == ImportOutcome.OVERWRITTEN ? "overwrite" : "import",
                outcome == ImportOutcome.OVERWRITTEN ? "local state before an import with --overwrite" : "state before a re-import");
        PostWriter.update(h, current.id(), post);
        h.execute("UPDATE post SET edited_since_import = FALSE, deleted_at = NULL, in_trash = FALSE WHERE id = ?", current.id());
        RevisionRepository.insert(h, current.id(), post, codec.encode(post), "import", "re-imported");
        return outcome;
    }
}
