package org.reviewdesk.gui.findings;

import org.reviewdesk.model.Meta;
import org.reviewdesk.model.Post;

/**
 * What the findings panel asks of the window: the post as the editor holds it, and the edits a click
 * or a quick fix makes. The window implements it over the editor (and, once it lands, the meta panel).
 */
public interface FindingsEditor {

    /** The id of the open post, or -1. */
    long openPostId();

    /** The open post as it is now, unsaved edits included, or null. */
    Post currentPost();

    /** Replaces the body as one undoable edit of the editor's text. */
    void replaceBody(String body);

    /** Replaces the meta as one edit the user can undo; false when the window cannot edit meta yet. */
    boolean replaceMeta(Meta meta);

    /** Moves the caret to a range of the body and selects it. */
    void select(int start, int end);

    /** Shows a meta field (for example {@code payload.paragraphs}) to the user. */
    void revealMetaField(String field);
}
