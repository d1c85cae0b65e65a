package org.reviewdesk.formats.social;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reviewdesk.formats.GeneratedReference;
import org.reviewdesk.formats.PostFormatException;
import org.reviewdesk.formats.PostReader;
import org.reviewdesk.formats.ReaderOptions;
import org.reviewdesk.formats.SourceText;
import org.reviewdesk.model.Flags;
import org.reviewdesk.model.Meta;
import org.reviewdesk.model.Post;
import org.reviewdesk.model.Revision;

/**
 * Reads a social network's feed page saved as text (DESIGN.md, "The social feed scrape"): the first block
 * is the post and the line after it its title; then {@code More Relevant Posts}, posts separated by
 * {@code -} lines and each closed by {@code To view or add a comment, sign in}; then navigation. Each post
 * read becomes a draft flagged for human review. With {@link ReaderOptions#splitRelated()}, every related
 * post becomes a draft of its own, titled by its first sentence.
 */
public final class SocialFeedReader implements PostReader {
    public static final String MORE_POSTS = "More Relevant Posts";
    public static final String SIGN_IN = "To view or add a comment, sign in";
    static final String SEPARATOR = "-";
    static final String NAVIGATION = "Explore ";
    static final String REFERENCE_PREFIX = "social";
    static final int MAX_TITLE = 80;
    /**
     * Tags are kept in extra under this key, not in the stack: a hashtag says what a post is filed under
     * (#SoftwareEngineering, #DevOps), not what technology it uses.
     */
    public static final String TAGS = "tags";

    private static final Pattern HASHTAG = Pattern.compile("(?<![\\p{L}\\p{N}_&/])#([\\p{N}_]*\\p{L}[\\p{L}\\p{N}_]*)");
    private static final Pattern FIRST_SENTENCE = Pattern.compile("^(.+?[.!?])(?=\\s|$)");

    private final ReaderOptions options;

    public SocialFeedReader(ReaderOptions options) {
        this.options = options;
    }

    @Override
    public List<Post> read(String text, String fileName) throws PostFormatException {
        String[] lines = SourceText.clean(text).split("\n", -1);
        int more = indexOf(lines, MORE_POSTS, 0);
        int mainEnd = more >= 0 ? more : navigationStart(lines, 0);
        int titleAt = mainEnd - 1;
        while (titleAt >= 0 && lines[titleAt].isBlank()) titleAt--;
        List<String> mainLines = nonBlank(lines, 0, Math.max(titleAt, 0));
        if (titleAt < 1 || mainLines.isEmpty()) {
            throw new PostFormatException(fileName, Math.max(titleAt, 0) + 1,
                    "expected the post, then its title on the line after it, before '" + MORE_POSTS + "'");
        }
        List<Post> posts = new ArrayList<>();
        posts.add(draft(lines[titleAt].strip(), String.join("\n", mainLines)));
        if (options.splitRelated() && more >= 0) {
            for (String related : relatedPosts(lines, more + 1)) {
                posts.add(draft(titleOf(related), related));
            }
        }
        return posts;
    }

    private static Post draft(String title, String scraped) {
        String body = MathLetters.toMarkdown(scraped);
        Meta.Builder meta = Meta.builder()
                .revision(Revision.EMPTY.withStatus(org.reviewdesk.model.ReviewStatus.DRAFTED))
                .flags(Flags.EMPTY.withNeedsHumanReview(true))
                .reference(GeneratedReference.of(REFERENCE_PREFIX, title, body));
        List<String> tags = hashtags(scraped);
        if (!tags.isEmpty()) meta.putExtra(TAGS, tags);
        return new Post(title, body, meta.build());
    }

    /** The related posts: the lines before each sign-in line, without separators; navigation ends them. */
    private static List<String> relatedPosts(String[] lines, int from) {
        List<String> posts = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (int i = from; i < lines.length && !lines[i].startsWith(NAVIGATION); i++) {
            String line = lines[i].strip();
            if (line.equals(SIGN_IN)) {
                if (!current.isEmpty()) posts.add(String.join("\n", current));
                current.clear();
            } else if (!line.isEmpty() && !line.equals(SEPARATOR)) {
                current.add(lines[i]);
            }
        }
        // Lines after the last sign-in line and before the navigation are not a whole post: left out.
        return posts;
    }

    /** The first sentence in plain letters, cut to at most 80 characters at a word boundary. */
    static String titleOf(String scraped) {
        String plain = MathLetters.toPlain(scraped.lines().findFirst().orElse("")).strip();
        Matcher m = FIRST_SENTENCE.matcher(plain);
        String sentence = m.find() ? m.group(1) : plain;
        if (sentence.endsWith(".")) sentence = sentence.substring(0, sentence.length() - 1);
        if (sentence.codePointCount(0, sentence.length()) <= MAX_TITLE) return sentence;
        int cut = sentence.offsetByCodePoints(0, MAX_TITLE - 1);
        int space = sentence.lastIndexOf(' ', cut);
        String head = (space > 0 ? sentence.substring(0, space) : sentence.substring(0, cut)).stripTrailing();
        return head + "…";
    }

    static List<String> hashtags(String scraped) {
        Set<String> tags = new LinkedHashSet<>();
        Matcher m = HASHTAG.matcher(MathLetters.toPlain(scraped));
        while (m.find()) tags.add(m.group(1));
        return List.copyOf(tags);
    }

    private static int indexOf(String[] lines, String line, int from) {
        for (int i = from; i < lines.length; i++) {
            if (lines[i].strip().equals(line)) return i;
        }
        return -1;
    }

    private static int navigationStart(String[] lines, int from) {
        for (int i = from; i < lines.length; i++) {
            if (lines[i].startsWith(NAVIGATION) || lines[i].strip().equals(SIGN_IN)) return i;
        }
        return lines.length;
    }

    private static List<String> nonBlank(String[] lines, int from, int to) {
        List<String> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            if (!lines[i].isBlank()) out.add(lines[i]);
        }
        return out;
    }
}
