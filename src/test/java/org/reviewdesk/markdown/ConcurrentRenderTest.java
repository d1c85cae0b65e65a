package org.reviewdesk.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One renderer serves the preview and other callers at once: results do not bleed between threads. */
class ConcurrentRenderTest {
    @Test
    void rendersOnManyThreadsEqualRendersOnOne() throws Exception {
        MarkdownRenderer renderer = new MarkdownRenderer();
        List<String> posts = new ArrayList<>();
        for (int i = 0; i < 8; i++) posts.add(SyntheticPost.ofWords(300 + 100 * i, new Random(i)));
        List<String> expected = posts.stream().map(p -> renderer.render(p, RenderOptions.DEFAULT).bodyHtml()).toList();

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int round = 0; round < 10; round++) {
                for (int i = 0; i < posts.size(); i++) {
                    int index = i;
                    results.add(pool.submit(() ->
                            renderer.render(posts.get(index), RenderOptions.DEFAULT).bodyHtml().equals(expected.get(index))));
                }
            }
            for (Future<Boolean> result : results) assertThat(result.get()).isTrue();
        } finally {
            pool.shutdownNow();
        }
    }
}
