package org.reviewdesk.markdown;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * GitHub-style heading ids, unique within one document: lower case, punctuation dropped, spaces turned into
 * hyphens, and {@code -1}, {@code -2}… appended to repeats. Authors link to sections as {@code #why-this-matters},
 * as they would on GitHub, so the ids must be computed the same way. One instance per document.
 */
final class HeadingSlugs {
    /** Used when a heading has no letter or digit at all, so that every heading still gets an id. */
    private static final String FALLBACK = "section";

    private final Set<String> used = new HashSet<>();

    /** @param reserved ids the page itself uses, which a heading must not take */
    HeadingSlugs(Set<String> reserved) {
        used.addAll(reserved);
    }

    String next(String headingText) {
        String base = slug(headingText);
        if (base.isEmpty()) base = FALLBACK;
        String candidate = base;
        for (int n = 1; !used.add(candidate); n++) {
            candidate = base + "-" + n;
        }
        return candidate;
    }

    static String slug(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.strip().toLowerCase(Locale.ROOT).codePoints().forEach(cp -> {
            if (cp == ' ') {
                out.append('-');
            } else if (cp == '-' || cp == '_' || Character.isLetterOrDigit(cp) || isMark(cp)) {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }
}
