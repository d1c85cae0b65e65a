package org.reviewdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reviewdesk.model.Post;
import org.reviewdesk.model.meta.MetaFieldSamples;
import org.reviewdesk.service.JsonSnapshotCodec;

/** The store keeps every field of the catalogue: a field added without its column would come back empty here. */
class MetaCatalogueStoreTest {
    @TempDir
    Path dir;

    @Test
    void aPostWithEveryFieldComesBackWhole() throws Exception {
        Post post = new Post("Every field", "A paragraph of the body.", MetaFieldSamples.everyField());
        try (Library library = Library.open(org.reviewdesk.testing.TestLibraries.address(dir), dir.resolve("local"), new JsonSnapshotCodec())) {
            library.posts().importPost(post, false);
            assertThat(library.posts().findByReference(post.reference()).orElseThrow().post()).isEqualTo(post);
        }
    }
}
