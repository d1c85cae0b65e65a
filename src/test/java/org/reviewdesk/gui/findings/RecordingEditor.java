package org.reviewdesk.gui.findings;

import java.util.ArrayList;
import java.util.List;

import org.reviewdesk.model.Meta;
import org.reviewdesk.model.Post;

/** An editor holding one post, recording what the panel asked of it. */
final class RecordingEditor implements FindingsEditor {
    long id;
    Post post;
    int selectedStart = -1;
    int selectedEnd = -1;
    final List<String> revealed = new ArrayList<>();
    boolean editsMeta = true;

    RecordingEditor(long id, Post post) {
        this.id = id;
        this.post = post;
    }

    @Override
    public long openPostId() {
        return post == null ? -1 : id;
    }

    @Override
    public Post currentPost() {
        return post;
    }

    @Override
    public void replaceBody(String body) {
        post = post.withBody(body);
    }

    @Override
    public boolean replaceMeta(Meta meta) {
        if (!editsMeta) return false;
        post = new Post(post.title(), post.body(), meta);
        return true;
    }

    @Override
    public void select(int start, int end) {
        selectedStart = start;
        selectedEnd = end;
    }

    @Override
    public void revealMetaField(String field) {
        revealed.add(field);
    }
}
