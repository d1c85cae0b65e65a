package org.reviewdesk.checks;

import java.util.Objects;
import java.util.function.UnaryOperator;
import org.reviewdesk.model.Post;

/**
 * A one-click repair offered with a finding. The edit is a pure function of the post it is given, so the
 * window can apply it to the post as it is now (not as it was when the checks ran) and undo it like any edit.
 */
public record QuickFix(String label, UnaryOperator<Post> edit) {
    public QuickFix {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(edit, "edit");
    }

    public Post apply(Post post) {
        return edit.apply(post);
    }
}
