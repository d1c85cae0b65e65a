package org.reviewdesk.checks;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.reviewdesk.model.Post;

/** Library statistics counted over posts held in memory: what the CLI uses over files, and tests. */
public final class InMemoryLibraryStats implements LibraryStats {
    private final Map<String, Integer> postsBySentence;
    private final int size;

    private InMemoryLibraryStats(Map<String, Integer> postsBySentence, int size) {
        this.postsBySentence = postsBySentence;
        this.size = size;
    }

    public static InMemoryLibraryStats of(Collection<Post> posts) {
        Builder builder = new Builder();
        posts.forEach(builder::add);
        return builder.build();
    }

    /** Counts posts one at a time, so that a whole library can be streamed through without holding it. */
    public static final class Builder {
        private final Map<String, Integer> counts = new HashMap<>();
        private int size;

        public Builder add(Post post) {
            Set<String> keys = new HashSet<>();
            for (BodyStructure.Sentence s : BodyStructure.of(post.body()).sentences()) keys.add(s.key());
            for (String key : keys) counts.merge(key, 1, Integer::sum);
            size++;
            return this;
        }

        public InMemoryLibraryStats build() {
            return new InMemoryLibraryStats(Map.copyOf(counts), size);
        }
    }

    @Override
    public int postsContaining(String sentenceKey) {
        return postsBySentence.getOrDefault(sentenceKey, 0);
    }

    @Override
    public int librarySize() {
        return size;
    }
}
