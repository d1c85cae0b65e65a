package org.reviewdesk.checks.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reviewdesk.checks.BodyLines;
import org.reviewdesk.checks.BodyStructure;
import org.reviewdesk.checks.Check;
import org.reviewdesk.checks.CheckContext;
import org.reviewdesk.checks.Finding;
import org.reviewdesk.checks.QuickFix;
import org.reviewdesk.checks.Severity;

/**
 * Hashtags are social-feed furniture, not article text. Fires when the body (outside code) has more than
 * {@value #MAX_HASHTAGS} hashtags, or ends with a run of {@value #MIN_TRAILING_RUN} or more; the fix removes such a
 * trailing run. A heading ("# Title"), a URL fragment ("/#install") or a number ("#1") is not a hashtag.
 */
public final class HashtagStuffingCheck implements Check {
    public static final String ID = "hashtag-stuffing";
    static final int MAX_HASHTAGS = 3;
    static final int MIN_TRAILING_RUN = 2;
    private static final Pattern HASHTAG = Pattern.compile("(?<![\\p{L}\\p{N}_#/&])#\\p{L}[\\p{L}\\p{N}_]*");

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
        String body = ctx.post().body();
        List<int[]> tags = hashtags(body, ctx.body().lines());
        Optional<int[]> trailing = trailingRun(body, tags);
        if (tags.size() <= MAX_HASHTAGS && trailing.isEmpty()) return List.of();
        int[] range = trailing.orElse(new int[] {tags.get(0)[0], tags.get(tags.size() - 1)[1]});
        String message = tags.size() > MAX_HASHTAGS
                ? "The body has " + tags.size() + " hashtags: an article is found by its words, not by tags; keep tags "
                        + "in the meta box and remove them here."
                : "The body ends with a run of hashtags: remove them, tags belong in the meta box.";
        Finding finding = Finding.inBody(ID, defaultSeverity(), message, ctx.body().lines().lineOf(range[0]), range[0], range[1]);
        if (trailing.isPresent()) {
            finding = finding.withQuickFix(new QuickFix("Remove the trailing hashtags", post -> {
                String b = post.body();
                return trailingRun(b, hashtags(b, BodyStructure.of(b).lines()))
                        .map(r -> post.withBody(stripEnd(b.substring(0, r[0])) + b.substring(r[1])))
                        .orElse(post);
            }));
        }
        return List.of(finding);
    }

    static List<int[]> hashtags(String body, BodyLines lines) {
        List<int[]> out = new ArrayList<>();
        Matcher m = HASHTAG.matcher(body);
        while (m.find()) {
            if (!lines.isCodeAt(m.start()) && !insideTag(body, m.start())) out.add(new int[] {m.start(), m.end()});
        }
        return out;
    }

    /** Whether {@code at} is inside an HTML tag (a colour in a style attribute, {@code color:#fff}, is no hashtag). */
    private static boolean insideTag(String body, int at) {
        int open = body.lastIndexOf('<', at);
        if (open < 0 || open + 1 >= body.length() || body.lastIndexOf('>', at) > open) return false;
        char next = body.charAt(open + 1);
        return Character.isLetter(next) || next == '/';
    }

    /** The hashtags that end the body, separated only by spaces and commas, when there are enough of them. */
    static Optional<int[]> trailingRun(String body, List<int[]> tags) {
        if (tags.isEmpty() || !body.substring(tags.get(tags.size() - 1)[1]).isBlank()) return Optional.empty();
        int first = tags.size() - 1;
        while (first > 0 && body.substring(tags.get(first - 1)[1], tags.get(first)[0]).matches("[\\s,]*")) first--;
        int count = tags.size() - first;
        return count >= MIN_TRAILING_RUN ? Optional.of(new int[] {tags.get(first)[0], tags.get(tags.size() - 1)[1]})
                : Optional.empty();
    }

    private static String stripEnd(String s) {
        int end = s.length();
        while (end > 0 && Character.isWhitespace(s.charAt(end - 1))) end--;
        return s.substring(0, end);
    }
}
