package org.reviewdesk.service;

import org.reviewdesk.formats.PostFormatException;
import org.reviewdesk.formats.json.JsonPostReader;
import org.reviewdesk.formats.json.JsonPostWriter;
import org.reviewdesk.model.Post;
import org.reviewdesk.store.PostCodec;

/** Revision snapshots in the canonical JSON: readable with any tool, and the same schema as an export. */
public final class JsonSnapshotCodec implements PostCodec {
    private final JsonPostWriter writer = new JsonPostWriter();
    private final JsonPostReader reader = new JsonPostReader();

    @Override
    public String encode(Post post) {
        return writer.write(post);
    }

    @Override
    public Post decode(String text) {
        try {
            return reader.read(text, "revision snapshot").get(0);
        } catch (PostFormatException e) {
            throw new IllegalStateException("a revision snapshot cannot be read: " + e.getMessage(), e);
        }
    }
}
