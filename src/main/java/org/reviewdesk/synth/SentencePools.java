package org.reviewdesk.synth;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The wording of synthesized posts: named pools of sentences, headings, templates and list items, read
 * from {@code pools.txt} beside this class. Loaded once and immutable, so generators on many threads
 * share it.
 */
final class SentencePools {
    private static final String RESOURCE = "pools.txt";

    private final Map<String, List<String>> pools;

    private SentencePools(Map<String, List<String>> pools) {
        this.pools = pools;
    }

    /** The project's pools; a missing or malformed resource is a build defect, so it fails loudly. */
    static SentencePools standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final SentencePools STANDARD = load();
    }

    List<String> pool(String name) {
        List<String> pool = pools.get(name);
        if (pool == null || pool.isEmpty()) {
            throw new IllegalStateException(RESOURCE + " has no entries in pool [" + name + "]");
        }
        return pool;
    }

    private static SentencePools load() {
        try (InputStream in = SentencePools.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException(RESOURCE + " is missing from the class path");
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    static SentencePools parse(BufferedReader reader) throws IOException {
        Map<String, List<String>> pools = new LinkedHashMap<>();
        List<String> current = null;
        int lineNumber = 0;
        for (String line; (line = reader.readLine()) != null; ) {
            lineNumber++;
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("# ")) continue;
            if (text.startsWith("[") && text.endsWith("]")) {
                current = pools.computeIfAbsent(text.substring(1, text.length() - 1), k -> new ArrayList<>());
            } else if (current == null) {
                throw new IllegalStateException(RESOURCE + ":" + lineNumber + ": entry before any [pool] header");
            } else {
                current.add(text);
            }
        }
        Map<String, List<String>> frozen = new LinkedHashMap<>();
        pools.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return new SentencePools(Map.copyOf(frozen));
    }
}
