package org.reviewdesk.markdown;

import java.util.Arrays;
import java.util.Random;

/**
 * Parse-and-render time of the preview pipeline on generated posts of 1,500 and 10,000 words (p50 and p95
 * after warm-up), and one dense 5 MB body. Not a test: run it by hand on a quiet machine, after
 * {@code mvn -o -q test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt}:
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) org.reviewdesk.markdown.RenderBenchmark}.
 */
public final class RenderBenchmark {
    private static final int WARM_UP = 200;
    private static final int RUNS = 300;

    private RenderBenchmark() {
    }

    public static void main(String[] args) {
        MarkdownRenderer renderer = new MarkdownRenderer();
        for (int words : new int[] {1_500, 10_000}) {
            String post = SyntheticPost.ofWords(words, new Random(words));
            for (RenderOptions options : new RenderOptions[] {RenderOptions.DEFAULT, new RenderOptions(true, RenderOptions.Theme.LIGHT)}) {
                for (int i = 0; i < WARM_UP; i++) renderer.render(post, options);
                long[] nanos = new long[RUNS];
                for (int i = 0; i < RUNS; i++) {
                    long start = System.nanoTime();
                    renderer.render(post, options);
                    nanos[i] = System.nanoTime() - start;
                }
                Arrays.sort(nanos);
                System.out.printf("%,6d words (%,7d chars), remote images %-5s: p50 %5.1f ms, p95 %5.1f ms, max %5.1f ms%n",
                        words, post.length(), options.remoteImages(), nanos[RUNS / 2] / 1e6, nanos[RUNS * 95 / 100] / 1e6,
                        nanos[RUNS - 1] / 1e6);
            }
        }
        hugeBody(renderer);
    }

    /** The guard lets 5 MB through: how long does a dense one take? */
    private static void hugeBody(MarkdownRenderer renderer) {
        StringBuilder post = new StringBuilder();
        Random random = new Random(5);
        while (post.length() < 5_000_000) post.append(SyntheticPost.ofWords(10_000, random));
        for (int run = 1; run <= 3; run++) {
            long start = System.nanoTime();
            renderer.render(post.toString(), RenderOptions.DEFAULT);
            System.out.printf("dense body of %,d chars, run %d: %,d ms%n", post.length(), run, (System.nanoTime() - start) / 1_000_000);
        }
    }
}
