package org.reviewdesk.model;

import java.util.Objects;

/** A post: its title, its body as Markdown, and its meta box. */
public record Post(String title, String body, Meta meta) {
    public Post {
        Objects.requireNonNull(meta, "meta");
        body = body == null ? "" : body;
        title = title == null ? "" : title;
    }

    public String reference() {
        return meta.reference();
    }

    public Post withBody(String newBody) {
        return new Post(title, newBody, meta);
    }

    public Post withTitle(String newTitle) {
        return new Post(newTitle, body, meta);
    }

    public Post withMeta(Meta newMeta) {
        return new Post(title, body, newMeta);
    }
}
