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
import org.reviewdesk.model.validation.MetaRules;
import org.reviewdesk.model.SemVer;
import org.reviewdesk.store.Library;
import org.reviewdesk.model.library.RevisionInfo;
import org.reviewdesk.model.library.StaleEditException;
import org.reviewdesk.model.library.StoredPost;

/** Version bumps, history, diff and restore of a post's revisions, by reference. */
public final class RevisionService {
    /** The {@link RevisionDiff#toVersion()} of a comparison with the post as it is now. */
    public static final String CURRENT = "current";
    /** The kind of the revision a take-back makes. */
    public static final String TAKE_BACK = "take-back";
    /** The kind of the revision that keeps what a restore or a take-back replaces, when no revision held it yet. */
    public static final String KEPT = "kept";

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

    /** The post to write to: not while it is in the trash. */
    private StoredPost toChange(String reference) {
        return PostLookup.outOfTrash(library, reference);
    }

    public List<RevisionInfo> history(String reference) {
        return library.revisions().history(find(reference).id());
    }

    /** Bumps the version, stores a full snapshot with the note, and sets last reviewed to today. */
    public StoredPost bump(String reference, SemVer.Bump kind, String note) {
        return library.revisions().bump(toChange(reference).id(), kind, note, LocalDate.now(clock));
    }

    /** Restores an older revision as a new revision; nothing is overwritten. */
    public StoredPost restore(String reference, String version) {
        StoredPost post = toChange(reference);
        return restore(post, version, post.rowVersion());
    }

    /**
     * Restores {@code version} as a new revision with the next patch version of the highest the post has had,
     * refused with {@link PostChangedException} when the post is no longer at {@code expectedRowVersion}.
     */
    public StoredPost restore(StoredPost post, String version, long expectedRowVersion) {
        Post old = snapshotNamed(post, version).orElseThrow(() -> new PostNotFoundException(
                "post '" + post.post().reference() + "' has no revision " + version + " (see: review-desk history "
                        + post.post().reference() + ")"));
        // Above every version the post has had, not only its own: an import may have set a lower one.
        SemVer highest = highestVersion(library, post);
        SemVer next = (highest == null ? SemVer.of(0, 0, 0) : highest).bumpPatch();
        var oldRevision = old.meta().revisionOrEmpty();
        // The post keeps the reference it has now: a restore brings back content, not an old name (another post may
        // have taken it since), and a command that named the post by its reference finds it after.
        Post restored = old.withMeta(old.meta().toBuilder().reference(post.post().meta().reference())
                .revision(new org.reviewdesk.model.Revision(oldRevision.status(), next, LocalDate.now(clock))).build());
        try {
            return library.posts().saveAsRevisionKeeping(post.id(), expectedRowVersion, restored, "restore",
                    "restored from " + version, post.post(), KEPT, "as it was before restoring " + version);
        } catch (StaleEditException e) {
            throw new PostChangedException(post.post().reference(), expectedRowVersion, e.current().rowVersion());
        }
    }

    /** The post as it was at {@code version}: a stored revision, or the current state when that is the version. */
    public Post postAt(String reference, String version) {
        return postAt(find(reference), version);
    }

    private Post postAt(StoredPost post, String version) {
        return snapshotNamed(post, version)
                .or(() -> version.equals(currentVersion(post.post())) ? java.util.Optional.of(post.post())
                        : java.util.Optional.empty())
                .orElseThrow(() -> new PostNotFoundException("post '" + post.post().reference()
                        + "' has no revision " + version + " (see: review-desk history " + post.post().reference() + ")"));
    }

    /** Revision {@code revisionId} of the post compared with the post as it is now, and the row version compared. */
    public Comparison compareWithCurrent(String reference, long revisionId) {
        StoredPost post = find(reference);
        RevisionInfo from = revision(post, revisionId);
        return new Comparison(diff(snapshot(from), post.post(), label(from), CURRENT), post.rowVersion());
    }

    /** Two revisions of the post compared, the older first. */
    public RevisionDiff compareRevisions(String reference, long olderId, long newerId) {
        StoredPost post = find(reference);
        RevisionInfo a = revision(post, olderId);
        RevisionInfo b = revision(post, newerId);
        return diff(snapshot(a), snapshot(b), label(a), label(b));
    }

    /**
     * Puts change {@code hunk} (0-based, as {@link RevisionDiff#hunks()} orders them) of the body back as it was in
     * revision {@code revisionId}, as a new revision; refused when the post changed since {@code expectedRowVersion}.
     */
    public StoredPost takeBack(String reference, long revisionId, int hunk, long expectedRowVersion) {
        StoredPost post = toChange(reference);
        RevisionInfo from = revision(post, revisionId);
        Post changed = TakeBack.hunk(snapshot(from), post.post(), hunk);
        return save(post, expectedRowVersion, changed, "change " + (hunk + 1) + " of the body taken back from " + label(from));
    }

    /** Puts the meta field at {@code path} back as it was in revision {@code revisionId}, as a new revision. */
    public StoredPost takeBackField(String reference, long revisionId, String path, long expectedRowVersion) {
        StoredPost post = toChange(reference);
        RevisionInfo from = revision(post, revisionId);
        Post older = snapshot(from);
        String property = TakeBack.property(path);
        if (!TakeBack.isField(property)) {
            throw new IllegalArgumentException("there is no meta field '" + path + "'; the fields, by their JSON path: title, "
                    + String.join(", ", org.reviewdesk.model.meta.MetaFields.ALL.stream()
                    .map(org.reviewdesk.model.meta.MetaField::path).toList()));
        }
        if (Objects.equals(TakeBack.value(older, property), TakeBack.value(post.post(), property))) {
            throw new IllegalArgumentException(property + " is the same in " + label(from) + " and now: nothing to take back");
        }
        // A list comes back whole: an item of it (stack[0]) names the list, and the note says so.
        String what = property.equals(path) ? path : property + " (the whole list, for " + path + ")";
        Post changed = TakeBack.field(older, post.post(), path);
        SemVer version = changed.meta().revisionOrEmpty().version();
        for (var problem : MetaRules.notBelow(org.reviewdesk.model.meta.MetaFields.REVISION_VERSION.path(),
                version == null ? null : version.toString(), highestVersion(library, post))) {
            throw new IllegalArgumentException(problem + "; a version is not taken back");
        }
        return save(post, expectedRowVersion, changed, what + " taken back from " + label(from));
    }

    /**
     * The highest version the stored post has had, its own or one of its revisions'; null when it never had one.
     * Versions only go up ({@link MetaRules#notBelow}): set, the meta form and take-back refuse a lower one.
     */
    static SemVer highestVersion(Library library, StoredPost post) {
        return SemVer.higher(post.post().meta().revisionOrEmpty().version(), library.revisions().highestKept(post.id()));
    }

    private StoredPost save(StoredPost post, long expectedRowVersion, Post changed, String note) {
        try {
            return library.posts().saveAsRevisionKeeping(post.id(), expectedRowVersion, changed, TAKE_BACK, note, post.post(),
                    KEPT, "as it was before a take-back");
        } catch (StaleEditException e) {
            throw new PostChangedException(post.post().reference(), expectedRowVersion, e.current().rowVersion());
        }
    }

    /** The newest revision of the post at {@code version}, as the command line names revisions. */
    public long revisionId(String reference, String version) {
        StoredPost post = find(reference);
        if (version.startsWith("#")) return revision(post, revisionNumber(version)).id();
        return library.revisions().history(post.id()).stream().filter(r -> version.equals(r.version())).findFirst()
                .map(RevisionInfo::id).orElseThrow(() -> new PostNotFoundException("post '" + reference
                        + "' has no revision " + version + " (see: review-desk history " + reference + ")"));
    }

    /**
     * The snapshot a command line names: "#ID" (as {@code history} lists it) for exactly that revision, else a version
     * for the newest revision at it. Several revisions share a version (a flag, a review, an import's kept state).
     */
    private java.util.Optional<Post> snapshotNamed(StoredPost post, String name) {
        if (!name.startsWith("#")) return library.revisions().snapshotOfVersion(post.id(), name);
        return java.util.Optional.of(snapshot(revision(post, revisionNumber(name))));
    }

    private static long revisionNumber(String name) {
        try {
            return Long.parseLong(name.substring(1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + name + "' is not a revision: expected a version such as 1.2.3, or #ID "
                    + "as history lists it");
        }
    }

    private RevisionInfo revision(StoredPost post, long revisionId) {
        return library.revisions().history(post.id()).stream().filter(r -> r.id() == revisionId).findFirst()
                .orElseThrow(() -> new PostNotFoundException("post '" + post.post().reference() + "' has no revision #"
                        + revisionId + " (see: review-desk history " + post.post().reference() + ")"));
    }

    private Post snapshot(RevisionInfo r) {
        return library.revisions().snapshot(r.id()).orElseThrow();
    }

    /** How a note or a diff names a revision: its version and kind, or its number when it has no version. */
    /** A revision as a person names it: its version and kind, or its number when it has no version. */
    public static String label(RevisionInfo r) {
        return (r.version() == null ? "revision #" + r.id() : "version " + r.version()) + " (" + r.kind() + ")";
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

    /** A comparison with the post as it is now, and the row version of the post it compared. */
    public record Comparison(RevisionDiff diff, long rowVersion) {
    }

    private static String currentVersion(Post post) {
        SemVer v = post.meta().revisionOrEmpty().version();
        return v == null ? null : v.toString();
    }

    /**
     * The comment threads of a post at a revision and now, for the history ("comments at 1.2.0: 2 open, 1 resolved ·
     * now: 1 open, 2 resolved"); empty when the post had none then and has none now.
     */
    public String commentsThenAndNow(String reference, long revisionId) {
        StoredPost post = PostLookup.byReference(library, reference);
        RevisionInfo revision = library.revisions().history(post.id()).stream().filter(r -> r.id() == revisionId)
                .findFirst().orElseThrow(() -> new PostNotFoundException("post '" + reference + "' has no revision " + revisionId));
        var then = library.comments().atRevision(revisionId);
        var now = library.comments().list(post.id());
        if (then.isEmpty() && now.isEmpty()) return "";
        return "comments at " + revision.version() + ": " + threads(then) + " \u00b7 now: " + threads(now);
    }

    private static String threads(java.util.List<org.reviewdesk.model.library.PostComment> comments) {
        long open = comments.stream().filter(c -> !c.isReply() && !c.resolved()).count();
        long resolved = comments.stream().filter(c -> !c.isReply() && c.resolved()).count();
        return open + " open, " + resolved + " resolved";
    }
}
