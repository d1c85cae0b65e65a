package org.reviewdesk.gui.editor;

import java.util.Objects;
import org.reviewdesk.gui.library.OpenedPost;
import org.reviewdesk.model.FieldDrafts;
import org.reviewdesk.model.Meta;
import org.reviewdesk.model.Post;

/**
 * The open post as the editor holds it, against the version stored: what the next save sends and builds on, and
 * whether one is needed. The body is the view model's text; title, meta and field drafts are here.
 */
final class HeldPost {
    /** The stored state the next save builds on; changes on every save. Null while no post is open. */
    private OpenedPost base;
    private String savedBody = "";
    /** Title and meta as the meta form edited them; saved together with the body, in the same transaction. */
    private String title = "";
    private Meta meta;
    /** The text of meta fields the meta box cannot hold, as the form last handed it; saved with the post. */
    private FieldDrafts drafts = FieldDrafts.NONE;
    private String savedTitle = "";
    private Meta savedMeta;
    private FieldDrafts savedDrafts = FieldDrafts.NONE;

    void load(OpenedPost opened) {
        base = opened;
        savedBody = opened.post().body();
        title = savedTitle = opened.post().title();
        meta = savedMeta = opened.post().meta();
        drafts = savedDrafts = opened.drafts();
    }

    void clear() {
        base = null;
        savedBody = "";
        meta = savedMeta = null;
        drafts = savedDrafts = FieldDrafts.NONE;
        title = savedTitle = "";
    }

    void edit(String newTitle, Meta newMeta, FieldDrafts newDrafts) {
        title = Objects.requireNonNull(newTitle);
        meta = Objects.requireNonNull(newMeta);
        drafts = Objects.requireNonNull(newDrafts);
    }

    /** A save of {@code post} with {@code sent} is stored as {@code stored}; returns whether it changed the title. */
    boolean stored(OpenedPost stored, Post post, FieldDrafts sent) {
        boolean retitled = !post.title().equals(savedTitle);
        base = stored;
        savedBody = post.body();
        savedTitle = post.title();
        savedMeta = post.meta();
        savedDrafts = sent;
        return retitled;
    }

    /** Whether the post with {@code body} differs from what is stored (nothing open: no). */
    boolean differs(String body) {
        return base != null && (!body.equals(savedBody) || !title.equals(savedTitle)
                || !Objects.equals(meta, savedMeta) || !drafts.equals(savedDrafts));
    }

    boolean isOpen() {
        return base != null;
    }

    /** Whether {@code post} is the one held now. */
    boolean holds(OpenedPost post) {
        return base != null && base.id() == post.id();
    }

    OpenedPost base() {
        return base;
    }

    /** The post with {@code body}, or null while none is open. */
    Post current(String body) {
        return base == null ? null : new Post(title, body, meta);
    }

    FieldDrafts drafts() {
        return drafts;
    }

    FieldDrafts savedDrafts() {
        return savedDrafts;
    }
}
