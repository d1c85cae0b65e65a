package org.reviewdesk.checks;

import java.util.Objects;
import org.reviewdesk.model.Post;

/** What every check is given: the post, its body's structure (computed once for all checks), the library, the settings. */
public record CheckContext(Post post, BodyStructure body, LibraryStats library, CheckSettings settings) {
    public CheckContext {
        Objects.requireNonNull(post, "post");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(library, "library");
        Objects.requireNonNull(settings, "settings");
    }

    public static CheckContext of(Post post, LibraryStats library, CheckSettings settings) {
        return new CheckContext(post, BodyStructure.of(post.body()), library, settings);
    }
}
