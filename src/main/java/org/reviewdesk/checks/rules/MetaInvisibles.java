package org.reviewdesk.checks.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import org.reviewdesk.checks.Finding;
import org.reviewdesk.checks.QuickFix;
import org.reviewdesk.checks.Severity;
import org.reviewdesk.markdown.HiddenCharacters;
import org.reviewdesk.markdown.HiddenHtml;
import org.reviewdesk.model.Meta;
import org.reviewdesk.model.Post;

/**
 * The invisible characters of {@link HiddenContentCheck} in what a site publishes beside the body: the title, the
 * summary (its description) and the stack and tools (its tags). A bidirectional control, a zero-width character inside
 * a word or a run of hidden characters there shows the reader one thing and a machine another, as in the body. One
 * finding per field, with a fix that deletes them.
 */
final class MetaInvisibles {
    private MetaInvisibles() {
    }

    static void scan(Post post, Severity severity, List<Finding> out) {
        check(post.title(), "title", "The title", severity, out, (p, clean) -> p.withTitle(clean));
        Meta m = post.meta();
        check(m.summary(), "summary", "The summary", severity, out,
                (p, clean) -> p.withMeta(p.meta().toBuilder().summary(clean).build()));
        items(m.stack(), "stack", severity, out, (p, list) -> p.withMeta(p.meta().toBuilder().stack(list).build()));
        items(m.tools(), "tools", severity, out, (p, list) -> p.withMeta(p.meta().toBuilder().tools(list).build()));
    }

    private static void items(List<String> items, String field, Severity severity, List<Finding> out,
                              BiFunction<Post, List<String>, Post> set) {
        if (items == null) return;
        for (int i = 0; i < items.size(); i++) {
            int at = i;
            check(items.get(i), field + "[" + i + "]", "The " + field + " entry", severity, out, (p, clean) -> {
                List<String> now = new ArrayList<>(field.equals("stack") ? p.meta().stack() : p.meta().tools());
                if (at < now.size()) now.set(at, clean);
                return set.apply(p, now);
            });
        }
    }

    private static void check(String text, String field, String what, Severity severity, List<Finding> out,
                              BiFunction<Post, String, Post> fix) {
        if (text == null || !hides(text)) return;
        String clean = cleaned(text);
        String spelled = spelled(text);
        out.add(Finding.onMeta(HiddenContentCheck.ID, severity, what + " holds invisible characters" + spelled + ": "
                        + HiddenContentCheck.quote(shown(text)) + ". With them a reader sees one thing and a search engine "
                        + "or a model reads another; without them it reads " + HiddenContentCheck.quote(clean) + ". Delete them.",
                        field)
                .withQuickFix(new QuickFix("Delete the invisible characters", post -> fix.apply(post, clean))));
    }

    /** Whether a character of {@code text} is one the body's rules would mark. */
    private static boolean hides(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (invisibleAt(text, i) > i) return true;
        }
        return false;
    }

    /** The end of the invisible character or run at {@code i}, or {@code i} when the character there shows. */
    private static int invisibleAt(String text, int i) {
        char c = text.charAt(i);
        if (HiddenHtml.isBidiControl(c) || HiddenHtml.isZeroWidthInWord(text, i)) return i + 1;
        int run = HiddenCharacters.runEnd(text, i);
        return run > i && !HiddenCharacters.isFlagSequence(text, i, run) ? run : i;
    }

    private static String cleaned(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int end = invisibleAt(text, i);
            if (end > i) {
                i = end;
            } else {
                out.append(text.charAt(i++));
            }
        }
        return out.toString();
    }

    /** " (51 invisible characters … spelling “…”)" for each run of hidden characters, or nothing. */
    private static String spelled(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int run = HiddenCharacters.runEnd(text, i);
            if (run > i && !HiddenCharacters.isFlagSequence(text, i, run)) {
                out.append(out.length() == 0 ? " (" : "; ").append(HiddenCharacters.describe(text.substring(i, run)));
                i = run;
            } else {
                i = Math.max(i + 1, run);
            }
        }
        return out.length() == 0 ? "" : out.append(')').toString();
    }

    private static String shown(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); ) {
            int end = invisibleAt(text, i);
            if (end > i + 1 || end > i && HiddenCharacters.isHidden(text.codePointAt(i))) {
                out.append("<U+").append(String.format(Locale.ROOT, "%04X", text.codePointAt(i))).append(" \u2026>");
                i = end;
            } else if (end > i) {
                out.append(String.format(Locale.ROOT, "<U+%04X>", (int) text.charAt(i)));
                i = end;
            } else {
                out.append(text.charAt(i++));
            }
        }
        return out.toString();
    }
}
