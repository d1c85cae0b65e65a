package org.reviewdesk.service.bench;

import org.reviewdesk.checks.SpellingLanguage;
import org.reviewdesk.checks.spelling.SpellChecker;

/**
 * Run in a fresh JVM by the benchmark: what the spelling dictionary costs when it is first needed. Prints the time of
 * the first spelled word (reading the en-US dictionary) in nanoseconds and the heap it added after a collection, in
 * bytes.
 */
public final class SpellingProbe {
    private SpellingProbe() {
    }

    public static void main(String[] args) throws Exception {
        SpellChecker checker = SpellChecker.of(SpellingLanguage.EN_US);
        long before = usedAfterCollection();
        long t = System.nanoTime();
        boolean known = checker.isCorrect("review");
        long load = System.nanoTime() - t;
        long after = usedAfterCollection();
        if (!known || !checker.isLoaded()) throw new IllegalStateException("the dictionary did not load");
        System.out.println(load + " " + Math.max(0, after - before));
    }

    private static long usedAfterCollection() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(50);
        }
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }
}
