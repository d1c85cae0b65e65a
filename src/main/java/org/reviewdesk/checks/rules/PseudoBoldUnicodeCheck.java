package org.reviewdesk.checks.rules;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.reviewdesk.checks.BodyLines;
import org.reviewdesk.checks.BodyStructure;
import org.reviewdesk.checks.Check;
import org.reviewdesk.checks.CheckContext;
import org.reviewdesk.checks.Finding;
import org.reviewdesk.checks.QuickFix;
import org.reviewdesk.checks.Severity;

/**
 * Letters and digits from Unicode's Mathematical Alphanumeric Symbols (U+1D400..U+1D7FF) used as fake bold or italic,
 * as social networks do: screen readers spell them letter by letter and search does not find them. One finding per
 * line; the fix rewrites every such run of the body (outside code) as plain text in {@code **bold**} (or
 * {@code *italic*}), which is what Markdown means by it.
 */
public final class PseudoBoldUnicodeCheck implements Check {
    public static final String ID = "pseudo-bold-unicode";

    /** Characters that may sit between pseudo letters inside one run: "𝗠𝘂𝗹𝘁𝗶-𝘀𝘁𝗮𝗴𝗲", "𝟭.𝟮 𝗚𝗕". */
    private static final String JOINERS = " -/'\u2019.,:&";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public List<Finding> run(CheckContext ctx) {
        BodyLines lines = ctx.body().lines();
        String body = ctx.post().body();
        List<Finding> out = new ArrayList<>();
        for (int l = 1; l <= lines.count(); l++) {
            if (lines.isCodeLine(l)) continue;
            List<int[]> runs = runs(body, lines.start(l), lines.end(l), lines);
            if (runs.isEmpty()) continue;
            int start = runs.get(0)[0];
            int end = runs.get(runs.size() - 1)[1];
            String first = plain(body.substring(runs.get(0)[0], runs.get(0)[1]));
            out.add(Finding.inBody(ID, defaultSeverity(),
                    (runs.size() == 1 ? "\"" + first + "\" is" : runs.size() + " runs of text, such as \"" + first + "\", are")
                            + " written in Unicode math letters posing as bold: screen readers and search stumble on "
                            + "them. Use plain text with **bold**.", l, start, end)
                    .withQuickFix(new QuickFix("Rewrite math letters as plain **bold** text",
                            post -> post.withBody(normalize(post.body())))));
        }
        return out;
    }

    static boolean isMathAlphanumeric(int codePoint) {
        return codePoint >= 0x1D400 && codePoint <= 0x1D7FF && Character.isLetterOrDigit(codePoint);
    }

    /** Runs [start, end) of pseudo letters in body[from, to), skipping inline code. */
    static List<int[]> runs(String body, int from, int to, BodyLines lines) {
        List<int[]> runs = new ArrayList<>();
        int runStart = -1;
        int lastPseudoEnd = -1;
        for (int i = from; i < to; ) {
            int cp = body.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (isMathAlphanumeric(cp) && !lines.isCodeAt(i)) {
                if (runStart < 0) runStart = i;
                lastPseudoEnd = next;
            } else if (runStart >= 0 && JOINERS.indexOf(cp) < 0) {
                runs.add(new int[] {runStart, lastPseudoEnd});
                runStart = -1;
            }
            i = next;
        }
        if (runStart >= 0) runs.add(new int[] {runStart, lastPseudoEnd});
        return runs;
    }

    /** The body with every run outside code rewritten as Markdown emphasis around plain text. */
    static String normalize(String body) {
        BodyLines lines = BodyStructure.of(body).lines();
        StringBuilder out = new StringBuilder(body.length());
        int copied = 0;
        for (int l = 1; l <= lines.count(); l++) {
            if (lines.isCodeLine(l)) continue;
            for (int[] run : runs(body, lines.start(l), lines.end(l), lines)) {
                out.append(body, copied, run[0]);
                String text = body.substring(run[0], run[1]);
                String mark = emphasis(text.codePointAt(0));
                out.append(mark).append(plain(text)).append(mark);
                copied = run[1];
            }
        }
        return out.append(body, copied, body.length()).toString();
    }

    private static String emphasis(int codePoint) {
        String name = Character.getName(codePoint);
        if (name == null) return "";
        if (name.contains("BOLD")) return "**";
        if (name.contains("ITALIC")) return "*";
        return "";
    }

    /** NFKC maps a mathematical letter to the letter it styles. */
    static String plain(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC);
    }
}
