package org.reviewdesk.synth;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.reviewdesk.model.Post;

/**
 * Synthesizes realistic alphanode-style posts from the project's own sentence pools.
 *
 * <p>Post {@code i} depends only on the seed, the profile and {@code i}: each post draws from its own random
 * source derived from both, so a library can be generated in any order, in parallel or as a stream, and
 * post 5,000 is the same whether or not posts 0 to 4,999 were made. {@link #post(int)} is thread-safe;
 * {@link #next()} walks a shared cursor.
 *
 * <p>Indexes run from 0 to {@value #MAX_POSTS} - 1, because the reference ({@code anp-ref-NNNNNN-NNNN}) and
 * the source id ({@code alphanode-NNNNNN}) number posts with six digits, from 1.
 */
public final class PostSynthesizer {
    public static final int MAX_POSTS = 999_999;

    private final long seed;
    private final PostComposer composer;
    private final AtomicInteger cursor = new AtomicInteger();

    public PostSynthesizer(long seed) {
        this(seed, SynthProfile.DEFAULT);
    }

    public PostSynthesizer(long seed, SynthProfile profile) {
        this.seed = seed;
        this.composer = new PostComposer(SentencePools.standard(), profile);
    }

    /** Post {@code index}, with the defects it was given. */
    public SynthesizedPost synthesize(int index) {
        if (index < 0 || index >= MAX_POSTS) {
            throw new IndexOutOfBoundsException("post index " + index + " (expected 0 to " + (MAX_POSTS - 1) + ")");
        }
        return composer.compose(index, new Dice(postSeed(seed, index)));
    }

    public Post post(int index) {
        return synthesize(index).post();
    }

    /** The post at the cursor; the cursor then moves on. */
    public Post next() {
        return post(cursor.getAndIncrement());
    }

    /** The next {@code count} posts from the cursor, as {@code count} calls of {@link #next()} would give. */
    public List<Post> generate(int count) {
        if (count < 0) throw new IllegalArgumentException("count " + count + " is negative");
        int first = cursor.getAndAdd(count);
        List<Post> posts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) posts.add(post(first + i));
        return posts;
    }

    /** Posts {@code 0} to {@code count - 1}, lazily; call {@code parallel()} on it to use every core. */
    public Stream<SynthesizedPost> stream(int count) {
        return IntStream.range(0, count).mapToObj(this::synthesize);
    }

    /**
     * A well-mixed seed for one post (the finalizer of MurmurHash3 over seed and index), so that neighbouring
     * indexes and neighbouring library seeds give unrelated posts.
     */
    static long postSeed(long librarySeed, int index) {
        long h = librarySeed * 0x9E3779B97F4A7C15L + index;
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        h ^= h >>> 33;
        return h;
    }
}
