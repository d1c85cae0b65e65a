package org.reviewdesk.checks.spelling;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** The project's own list of words of technical writing that the dictionaries lack ("runbook", "cron"), lower-cased. */
final class TechnicalWords {
    private static final String RESOURCE = "technical-words.txt";

    private TechnicalWords() {
    }

    /** Read once, on first use (the holder idiom). */
    private static final class Holder {
        static final Set<String> WORDS = read();
    }

    static boolean contains(String word) {
        return Holder.WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static Set<String> read() {
        try (InputStream in = TechnicalWords.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("the word list " + RESOURCE + " is not on the class path");
            Set<String> out = new HashSet<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String w = line.strip();
                if (!w.isEmpty() && !w.startsWith("#")) out.add(w.toLowerCase(Locale.ROOT));
            }
            return Set.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the word list " + RESOURCE + ": " + e.getMessage(), e);
        }
    }
}
