package org.reviewdesk.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.reviewdesk.model.Post;
import org.reviewdesk.model.SemVer;
import org.reviewdesk.store.Library;
import org.reviewdesk.model.library.RevisionInfo;
import org.reviewdesk.model.library.StoredPost;

/** Version bumps, history, diff and restore of a post's revisions, by reference. */
public final class RevisionService {
    private final Library library;
    private final Clock clock;

    public RevisionService(Library library) {
        this(library, Clock.systemDefaultZone());
    }

    public RevisionService(Library library, Clock clock) {
        this.library = library;
        this.clock = clock;
    }

    public StoredPost find(String reference) {
        return PostLookup.byReference(library, reference);
    }

    public List<RevisionInfo> history(String reference) {
        return library.revisions().history(find(reference).id());
    }

    /** Bumps the version, stores a full snapshot with the note, and sets last reviewed to today. */
    public StoredPost bump(String reference, SemVer.Bump kind, String note) {
        return library.revisions().bump(find(reference).id(), kind, note, LocalDate.now(clock));
    }

    /** Restores an older revision as a new revision; nothing is overwritten. */
    public StoredPost restore(String reference, String version) {
        StoredPost post = find(reference);
        postAt(post, version);
        return library.revisions().restore(post.id(), version, LocalDate.now(clock));
    }

    /** The post as it was at {@code version}: a stored revision, or the current state when that is the version. */
    public Post postAt(String reference, String version) {
        return postAt(find(reference), version);
    }

    private Post postAt(StoredPost post, String version) {
        return library.revisions().snapshotOfVersion(post.id(), version)
                .or(() -> version.equals(currentVersion(post.post())) ? java.util.Optional.of(post.post())
                        : java.util.Optional.empty())
                .orElseThrow(() -> new PostNotFoundException("post '" + post.post().reference()
                        + "' has no revision " + version + " (see: review-desk history " + post.post().reference() + ")"));
    }

    public RevisionDiff diff(String reference, String fromVersion, String toVersion) {
        StoredPost post = find(reference);
        return diff(postAt(post, fromVersion), postAt(post, toVersion), fromVersion, toVersion);
    }

    /** Compares two states of a post: the body line by line, the title and meta field by field. */
    public static RevisionDiff diff(Post from, Post to, String fromVersion, String toVersion) {
        Map<String, String> a = MetaFields.flatten(from);
        Map<String, String> b = MetaFields.flatten(to);
        Set<String> paths = new LinkedHashSet<>(a.keySet());
        paths.addAll(b.keySet());
        List<RevisionDiff.FieldChange> fields = new ArrayList<>();
        for (String path : paths) {
            if (!Objects.equals(a.get(path), b.get(path))) {
                fields.add(new RevisionDiff.FieldChange(path, a.get(path), b.get(path)));
            }
        }
        return new RevisionDiff(fromVersion, toVersion, TextDiff.lines(from.body(), to.body()), fields);
    }

    private static String currentVersion(Post post) {
        SemVer v = post.meta().revisionOrEmpty().version();
        return v == null ? null : v.toString();
    }
}
