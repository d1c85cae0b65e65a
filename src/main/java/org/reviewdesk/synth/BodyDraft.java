package org.reviewdesk.synth;

import java.util.ArrayList;
import java.util.List;

/**
 * The body of a post under construction, as Markdown blocks. It knows what the meta box must agree with:
 * the paragraphs after the introduction, the word count behind the reading time, the checklist items.
 */
final class BodyDraft {
    static final String CHECKLIST_HEADING = "implementation checklist";
    static final String FINAL_HEADING = "final notes";

    private final List<Block> blocks = new ArrayList<>();
    private final List<String> checklist = new ArrayList<>();
    private String markdown;

    void add(Block block) {
        markdown = null;
        blocks.add(block);
    }

    void insert(int position, Block block) {
        markdown = null;
        blocks.add(position, block);
    }

    void addChecklist(List<String> items) {
        checklist.addAll(items);
        add(Block.heading(CHECKLIST_HEADING));
        add(new Block(Block.Kind.LIST, "- " + String.join("\n- ", items)));
    }

    int size() {
        return blocks.size();
    }

    List<String> checklist() {
        return List.copyOf(checklist);
    }

    /** Positions of the paragraphs after the introduction, in body order. */
    List<Integer> paragraphPositions() {
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).kind() == Block.Kind.PARAGRAPH) positions.add(i);
        }
        return positions;
    }

    Block get(int position) {
        return blocks.get(position);
    }

    void set(int position, Block block) {
        markdown = null;
        blocks.set(position, block);
    }

    /** What {@code payload.paragraphs} counts: body paragraphs after the introduction, as in the seeds. */
    int paragraphCount() {
        return paragraphPositions().size();
    }

    String markdown() {
        if (markdown == null) markdown = render();
        return markdown;
    }

    private String render() {
        StringBuilder out = new StringBuilder(4096);
        for (Block block : blocks) {
            if (out.length() > 0) out.append("\n\n");
            out.append(block.text());
        }
        return out.toString();
    }

    /** Words as a reader counts them: runs of non-space characters. */
    static int wordCount(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            // Plain ASCII decides without the Unicode tables: most of a synthesized body is ASCII.
            boolean space = c < 0x80 ? c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == 0x0B
                    : Character.isWhitespace(c);
            if (!space && !inWord) words++;
            inWord = !space;
        }
        return words;
    }
}
