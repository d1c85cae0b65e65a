package org.reviewdesk.cli;

import java.io.PrintWriter;
import java.util.Map;

/** The bench's lines for the library's size against its text (service/bench/LibrarySizeProbe). */
final class LibrarySizeText {
    private LibrarySizeText() {
    }

    static void print(PrintWriter out, Map<String, Object> figures) {
        long text = ((Number) figures.get("text_bytes")).longValue();
        line(out, "library, imported", figures.get("after_import"), text);
        line(out, "library, edited", figures.get("after_editing"), text);
    }

    private static void line(PrintWriter out, String name, Object measured, long text) {
        if (!(measured instanceof Map<?, ?> m)) return;
        out.printf("%-17s %,10.1f MB  (%.2f times its %,.1f MB of alphanode text; %,d bytes a post)%n", name,
                ((Number) m.get("bytes")).longValue() / 1e6, ((Number) m.get("text_ratio")).doubleValue(), text / 1e6,
                ((Number) m.get("bytes_per_post")).longValue());
    }
}
