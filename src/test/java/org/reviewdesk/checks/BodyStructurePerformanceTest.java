package org.reviewdesk.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.reviewdesk.model.Meta;
import org.reviewdesk.model.Post;

/**
 * The status bar recomputes the body's figures after edits, so a 10,000-word post must take well under 20 ms.
 * The bound asserted here is loose (a shared 2-core machine); the medians are printed for the report.
 */
class BodyStructurePerformanceTest {
    private static final String[] FUNCTION_WORDS = "the a of to and in on for with when is it that this".split(" ");
    private static final String[] SYLLABLES = "ka lo mi ra te so nu pe di va ro ze li mo fa ku".split(" ");

    /**
     * A word as in real prose: about 40% function words, the rest drawn log-uniformly from 5,000 content words, so
     * that a few words are frequent and most are rare.
     */
    private static String word(java.util.Random random) {
        if (random.nextInt(10) < 4) return FUNCTION_WORDS[random.nextInt(FUNCTION_WORDS.length)];
        int index = (int) Math.exp(random.nextDouble() * Math.log(5_000));
        StringBuilder w = new StringBuilder();
        do {
            w.append(SYLLABLES[index % SYLLABLES.length]);
            index /= SYLLABLES.length;
        } while (index > 0);
        return w.toString();
    }

    /** A long post of varied sentences (seeded, so every run measures the same text). */
    static String tenThousandWords() {
        java.util.Random random = new java.util.Random(42);
        StringBuilder sb = new StringBuilder("An introduction to a long post about queues and workers.\n\n");
        int words = 10;
        int section = 0;
        while (words < 10_000) {
            sb.append("## Section ").append(++section).append("\n\n");
            for (int p = 0; p < 5; p++) {
                for (int sentence = 0; sentence < 4; sentence++) {
                    int length = 8 + random.nextInt(12);
                    for (int w = 0; w < length; w++) {
                        String word = word(random);
                        sb.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
                        sb.append(w == length - 1 ? ". " : w == 3 ? " **bold** " : " ");
                    }
                    words += length + 1;
                }
                sb.append("\n\n");
            }
            sb.append("```python\ndef f(x):\n    return x * ").append(section).append("\n```\n\n");
            sb.append("- item one\n- item two\n\n![chart ").append(section).append("](https://example.org/c.png)\n\n");
            words += 17;
        }
        return sb.toString();
    }

    /** Median CPU time of the task on this thread: other processes on a busy machine do not count. */
    private static double medianMillis(Runnable task) {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long[] nanos = new long[31];
        for (int i = 0; i < 20; i++) task.run(); // warm up the JIT, as a running window would be
        for (int i = 0; i < nanos.length; i++) {
            long t = threads.getCurrentThreadCpuTime();
            task.run();
            nanos[i] = threads.getCurrentThreadCpuTime() - t;
        }
        Arrays.sort(nanos);
        return nanos[nanos.length / 2] / 1e6;
    }

    @Test
    void tenThousandWordsAreMeasuredQuickly() {
        String body = tenThousandWords();
        BodyStructure structure = BodyStructure.of(body);
        assertThat(structure.words()).isBetween(10_000, 10_300);
        double structureMs = medianMillis(() -> BodyStructure.of(body));
        Post post = new Post("Queues", body, Meta.EMPTY);
        CheckEngine engine = CheckEngine.standard();
        double engineMs = medianMillis(() -> engine.run(post, LibraryStats.EMPTY, Posts.SETTINGS));
        System.out.printf("10,000-word body: BodyStructure.of median %.2f ms CPU, CheckEngine.standard().run median %.2f ms CPU"
                + " (%d sentences, %d findings)%n", structureMs, engineMs, structure.sentences().size(),
                engine.run(post, LibraryStats.EMPTY, Posts.SETTINGS).size());
        assertThat(structureMs).isLessThan(100);
        assertThat(engineMs).isLessThan(300);
    }
}
