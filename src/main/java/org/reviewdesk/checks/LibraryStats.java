package org.reviewdesk.checks;

/**
 * What the boilerplate check needs to know about the whole library. The store implements it over its
 * tables; {@link InMemoryLibraryStats} implements it over a collection of posts (the CLI over files, tests).
 * Sentences are looked up by {@link SentenceKey#of(String)}.
 */
public interface LibraryStats {
    /** A library of no posts: no sentence is boilerplate. */
    LibraryStats EMPTY = new LibraryStats() {
        @Override
        public int postsContaining(String sentenceKey) {
            return 0;
        }

        @Override
        public int librarySize() {
            return 0;
        }
    };

    /** How many posts of the library contain the sentence at least once. */
    int postsContaining(String sentenceKey);

    /** How many posts the library holds. */
    int librarySize();
}
