package org.reviewdesk.checks;

import java.util.List;
import java.util.Optional;

/**
 * What a Markdown body is made of, as the status bar, the meta form's computed figures and the checks see it.
 *
 * @param words                words of visible text, code included (a reader reads the code too); Markdown
 *                             syntax and link or image destinations are not words
 * @param readingMinutes       words / 200 rounded up; at least 1 for a body with any word, 0 for an empty one
 * @param paragraphsAfterIntro top-level paragraphs after the first one (the introduction); headings, list items,
 *                             code, tables and paragraphs holding only images are not paragraphs. This is what
 *                             {@code payload.paragraphs} counts.
 * @param headings             in order
 * @param images               in order
 * @param codeBlocks           fenced and indented, in order
 * @param checklist            the section whose heading mentions "checklist", when there is one
 * @param sentences            of every paragraph (list items included), never of code, headings or tables
 * @param lines                line offsets and where code is
 * @param lists                every list, nested ones included, in order of their first line
 */
public record BodyStructure(int words, int readingMinutes, int paragraphsAfterIntro, List<Heading> headings,
                            List<Image> images, List<CodeBlock> codeBlocks, Optional<Checklist> checklist,
                            List<Sentence> sentences, BodyLines lines, List<ListBlock> lists) {

    public static final int WORDS_PER_MINUTE = 200;

    public BodyStructure {
        headings = List.copyOf(headings);
        images = List.copyOf(images);
        codeBlocks = List.copyOf(codeBlocks);
        sentences = List.copyOf(sentences);
        lists = List.copyOf(lists);
    }

    public static BodyStructure of(String markdownBody) {
        return new BodyScanner(markdownBody == null ? "" : markdownBody).scan();
    }

    public static int readingMinutes(int words) {
        return words == 0 ? 0 : Math.max(1, (words + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE);
    }

    /** A section heading; {@code text} is its visible text. */
    public record Heading(String text, int level, int line) {
    }

    /** An image: its caption (alt text) and URL as written. */
    public record Image(String caption, String url, int line, int start, int end) {
    }

    /**
     * A code block. {@code language} is the first word of the info string, lower-cased, or "" for none;
     * lines are 1-based and include the fences.
     */
    public record CodeBlock(String info, String language, String text, int startLine, int endLine) {
    }

    /** The checklist section: its heading's line and its items' visible text. */
    public record Checklist(int headingLine, List<ChecklistItem> items) {
        public Checklist {
            items = List.copyOf(items);
        }

        public List<String> texts() {
            return items.stream().map(ChecklistItem::text).toList();
        }
    }

    public record ChecklistItem(String text, int line) {
    }

    /** A bullet or numbered list: its first line, its source range and its items. */
    public record ListBlock(int line, int start, int end, List<ListEntry> items) {
        public ListBlock {
            items = List.copyOf(items);
        }
    }

    /**
     * An item of a list: its visible text, its source range, and whether all it holds is inline code (a list of
     * identifiers rather than prose).
     */
    public record ListEntry(String text, int start, int end, boolean codeOnly) {
    }

    /**
     * A sentence as written: {@code start}/{@code end} are offsets in the body and {@code key} is its
     * {@link SentenceKey} (case, whitespace and punctuation aside).
     */
    public record Sentence(String text, int start, int end, int line, String key) {
        /** Words of the sentence, counted on its key. */
        public int wordCount() {
            if (key.isEmpty()) return 0;
            int n = 1;
            for (int i = 0; i < key.length(); i++) {
                if (key.charAt(i) == ' ') n++;
            }
            return n;
        }
    }
}
