package org.reviewdesk.service;

import java.util.List;
import java.util.function.Supplier;
import org.reviewdesk.model.library.PostComment;
import org.reviewdesk.model.library.PostComment.Anchor;
import org.reviewdesk.model.library.RevisionInfo;
import org.reviewdesk.model.library.StoredPost;
import org.reviewdesk.store.Library;

/**
 * Editorial comments on the text of a post: a thread anchored to a span of the body, its replies, its state. The
 * anchors follow every change of the body in the store (docs/decisions/0013-comments-follow-the-text.md); what a
 * user can get wrong (a quote that is not there, an id the library lacks, empty text) is an
 * {@link IllegalArgumentException} saying what and where.
 */
public final class CommentService {
    private final Library library;
    private final Supplier<String> author;

    CommentService(Library library, Supplier<String> author) {
        this.library = library;
        this.author = author;
    }

    /** The name new comments and replies are signed with: the library's user name. */
    public String author() {
        return author.get();
    }

    /** The post's threads with their replies, open ones first, then in the order of the text. */
    public List<PostComment> list(long postId) {
        return library.comments().list(postId);
    }

    public List<PostComment> list(String reference) {
        return list(PostLookup.byReference(library, reference).id());
    }

    /** The comments as the newest revision at {@code version} of the post recorded them. */
    public List<PostComment> atVersion(String reference, String version) {
        StoredPost post = PostLookup.byReference(library, reference);
        // "#12" names a revision by its id, as history lists it (and diff, restore and take-back take it).
        String id = version.strip().startsWith("#") ? version.strip().substring(1) : null;
        RevisionInfo revision = library.revisions().history(post.id()).stream()
                .filter(r -> id != null ? Long.toString(r.id()).equals(id) : version.equals(r.version())).findFirst()
                .orElseThrow(() -> new PostNotFoundException("post '" + reference + "' has no revision " + version
                        + " (see: review-desk history " + reference + ")"));
        return library.comments().atRevision(revision.id());
    }

    /**
     * A new thread on the {@code occurrence}-th (from 1) place the body holds {@code quote}.
     *
     * @throws IllegalArgumentException when the body does not hold the quote that many times, or the text is empty
     */
    public PostComment addOnQuote(String reference, String quote, int occurrence, String text) {
        StoredPost post = PostLookup.byReference(library, reference);
        if (quote == null || quote.isEmpty()) throw new IllegalArgumentException("a comment needs the text it is on (--quote TEXT)");
        if (occurrence < 1) throw new IllegalArgumentException("--occurrence counts from 1, not " + occurrence);
        String body = post.post().body() == null ? "" : post.post().body();
        int found = 0;
        int at = -1;
        for (int i = body.indexOf(quote); i >= 0; i = body.indexOf(quote, i + 1)) {
            found++;
            if (found == occurrence) at = i;
        }
        if (found == 0) throw new IllegalArgumentException("the body of post '" + reference + "' does not contain \"" + quote + "\"");
        if (at < 0) {
            throw new IllegalArgumentException("the body of post '" + reference + "' contains \"" + quote + "\" " + times(found)
                    + ", so there is no occurrence " + occurrence);
        }
        return add(post, at, at + quote.length(), text);
    }

    /**
     * A new thread on characters {@code [start, end)} of the body as stored.
     *
     * @throws IllegalArgumentException when the span is empty or outside the body, or the text is empty
     */
    public PostComment addOnRange(long postId, int start, int end, String text) {
        StoredPost post = library.posts().find(postId)
                .orElseThrow(() -> new PostNotFoundException("the post is no longer in the library"));
        return add(post, start, end, text);
    }

    /**
     * A comment on the text {@code quote}, selected at characters {@code [start, end)} of the body: where the body no
     * longer holds it there (the text above it was edited since it was selected), on its one place in the body, and
     * refused when it is gone or appears more than once, so that a comment never lands on other words.
     */
    public PostComment addOnSelection(long postId, int start, int end, String quote, String text) {
        StoredPost post = library.posts().find(postId)
                .orElseThrow(() -> new PostNotFoundException("the post is no longer in the library"));
        String body = post.post().body() == null ? "" : post.post().body();
        if (start >= 0 && end <= body.length() && start < end && body.substring(start, end).equals(quote)) {
            return add(post, start, end, text);
        }
        int at = quote.isEmpty() ? -1 : body.indexOf(quote);
        if (at < 0 || body.indexOf(quote, at + 1) >= 0) {
            throw new IllegalArgumentException("the selected text " + (at < 0 ? "is no longer in the post" : "moved, and "
                    + "appears more than once now") + ": select it again");
        }
        return add(post, at, at + quote.length(), text);
    }

    private PostComment add(StoredPost post, int start, int end, String text) {
        String body = post.post().body() == null ? "" : post.post().body();
        if (start < 0 || end > body.length() || start >= end) {
            throw new IllegalArgumentException("characters " + start + " to " + end + " are not a span of the body of post '"
                    + post.post().reference() + "', which has " + body.length());
        }
        return library.comments().add(post.id(), author(), required(text), new Anchor(start, end, body.substring(start, end), false));
    }

    /** A reply in the thread of comment {@code id} (a reply to a reply joins the same thread). */
    public PostComment reply(long id, String text) {
        PostComment c = find(id);
        long thread = c.isReply() ? c.parentId() : c.id();
        return library.comments().reply(c.postId(), thread, author(), required(text));
    }

    /** Resolves the thread {@code id}. */
    public PostComment resolve(long id) {
        return setResolved(id, true);
    }

    /** Opens the resolved thread {@code id} again. */
    public PostComment reopen(long id) {
        return setResolved(id, false);
    }

    private PostComment setResolved(long id, boolean resolved) {
        PostComment c = find(id);
        if (c.isReply()) {
            throw new IllegalArgumentException("comment " + id + " is a reply; " + (resolved ? "resolve" : "reopen")
                    + " its thread, comment " + c.parentId());
        }
        return library.comments().setResolved(c.postId(), id, resolved);
    }

    /** Changes the text of comment {@code id}; the time of the change is kept beside it. */
    public PostComment edit(long id, String text) {
        PostComment c = find(id);
        return library.comments().editText(c.postId(), id, required(text));
    }

    /** Deletes comment {@code id}; a thread goes with its replies. */
    public void delete(long id) {
        PostComment c = find(id);
        library.comments().delete(c.postId(), id);
    }

    /** The comment with this id, or an error naming it. */
    public PostComment find(long id) {
        return library.comments().find(id).orElseThrow(() -> new IllegalArgumentException("there is no comment " + id
                + " in the library at " + library.folder() + " (see: review-desk comments REF --all)"));
    }

    private static String required(String text) {
        if (text == null || text.isBlank()) throw new IllegalArgumentException("a comment needs text (--text TEXT)");
        return text.strip();
    }

    private static String times(int n) {
        return n == 1 ? "once" : n == 2 ? "twice" : n + " times";
    }
}
