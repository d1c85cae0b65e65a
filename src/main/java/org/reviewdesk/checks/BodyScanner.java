package org.reviewdesk.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/** Builds a {@link BodyStructure} in one walk over the commonmark tree (with source spans) of a body. */
final class BodyScanner {
    // Parser instances are thread-safe; the GFM extensions match the preview's pipeline so that a table
    // is not mistaken for a paragraph.
    private static final Parser PARSER = Parser.builder()
            .extensions(List.of(TablesExtension.create(), StrikethroughExtension.create(), TaskListItemsExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();

    private final String body;
    private final int[] lineStarts;
    private final StringBuilder visibleText = new StringBuilder();
    private final List<BodyStructure.Heading> headings = new ArrayList<>();
    private final List<BodyStructure.Image> images = new ArrayList<>();
    private final List<BodyStructure.CodeBlock> codeBlocks = new ArrayList<>();
    private final List<BodyStructure.Sentence> sentences = new ArrayList<>();
    private final List<int[]> inlineCode = new ArrayList<>();
    private final List<BodyStructure.ListBlock> lists = new ArrayList<>();
    private final boolean[] codeLines;

    BodyScanner(String body) {
        this.body = body;
        this.lineStarts = BodyLines.lineStarts(body);
        this.codeLines = new boolean[lineStarts.length];
    }

    BodyStructure scan() {
        Node document = PARSER.parse(body);
        walk(document);
        int words = countWords(visibleText);
        BodyLines lines = new BodyLines(body, codeLines,
                inlineCode.stream().mapToInt(r -> r[0]).toArray(), inlineCode.stream().mapToInt(r -> r[1]).toArray());
        return new BodyStructure(words, BodyStructure.readingMinutes(words), paragraphsAfterIntro(document), headings,
                images, codeBlocks, checklist(document), sentences, lines, lists);
    }

    private void walk(Node node) {
        if (node instanceof Text text) {
            visibleText.append(text.getLiteral());
        } else if (node instanceof Code code) {
            visibleText.append(code.getLiteral());
            range(node).ifPresent(inlineCode::add);
        } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
            visibleText.append(' ');
        } else if (node instanceof FencedCodeBlock fenced) {
            addCode(fenced, fenced.getInfo(), fenced.getLiteral());
        } else if (node instanceof IndentedCodeBlock indented) {
            addCode(indented, "", indented.getLiteral());
        } else if (node instanceof Heading heading) {
            headings.add(new BodyStructure.Heading(plainText(heading), heading.getLevel(), line(heading)));
        } else if (node instanceof Image image) {
            int[] r = range(image).orElse(new int[] {-1, -1});
            images.add(new BodyStructure.Image(plainText(image), image.getDestination(), line(image), r[0], r[1]));
        } else if (node instanceof ListBlock list) {
            addList(list);
        } else if (node instanceof Paragraph paragraph && !isImageOnly(paragraph)) {
            range(paragraph).ifPresent(r -> SentenceSplitter.split(body, r[0], r[1], this::lineOf, sentences));
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            walk(child);
        }
        if (node instanceof Block) visibleText.append(' ');
    }

    private void addCode(Block block, String info, String literal) {
        String infoText = info == null ? "" : info.trim();
        String language = infoText.isEmpty() ? "" : infoText.split("[\\s{,]+", 2)[0].toLowerCase(Locale.ROOT);
        int first = line(block);
        int last = lastLine(block);
        for (int l = first; l <= last && l >= 1; l++) codeLines[l - 1] = true;
        codeBlocks.add(new BodyStructure.CodeBlock(infoText, language, literal, first, last));
        visibleText.append(literal);
    }

    private void addList(ListBlock list) {
        List<BodyStructure.ListEntry> items = new ArrayList<>();
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (!(item instanceof ListItem)) continue;
            int[] r = range(item).orElse(new int[] {-1, -1});
            items.add(new BodyStructure.ListEntry(plainText(item), r[0], r[1], isCodeOnly(item)));
        }
        int[] r = range(list).orElse(new int[] {-1, -1});
        lists.add(new BodyStructure.ListBlock(line(list), r[0], r[1], items));
    }

    /** True when an item's text is inline code alone (white space and punctuation around it aside). */
    private static boolean isCodeOnly(Node item) {
        boolean sawCode = false;
        for (Node block = item.getFirstChild(); block != null; block = block.getNext()) {
            if (!(block instanceof Paragraph)) return false;
            for (Node child = block.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof Code) sawCode = true;
                else if (!(child instanceof Text t && t.getLiteral().matches("[\\s,.;:()]*"))) return false;
            }
        }
        return sawCode;
    }

    private int paragraphsAfterIntro(Node document) {
        int paragraphs = 0;
        for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Paragraph p && !isImageOnly(p)) paragraphs++;
        }
        return Math.max(0, paragraphs - 1);
    }

    private Optional<BodyStructure.Checklist> checklist(Node document) {
        for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Heading h && plainText(h).toLowerCase(Locale.ROOT).contains("checklist")) {
                List<BodyStructure.ChecklistItem> items = new ArrayList<>();
                for (Node s = n.getNext(); s != null; s = s.getNext()) {
                    if (s instanceof Heading next && next.getLevel() <= h.getLevel()) break;
                    if (s instanceof ListBlock list) {
                        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                            if (item instanceof ListItem) {
                                items.add(new BodyStructure.ChecklistItem(plainText(item).trim(), line(item)));
                            }
                        }
                    }
                }
                return Optional.of(new BodyStructure.Checklist(line(h), items));
            }
        }
        return Optional.empty();
    }

    /** Visible text of a node, without images (a caption glued to a list item is not part of the item). */
    private static String plainText(Node node) {
        StringBuilder sb = new StringBuilder();
        appendPlain(node, sb, node instanceof Image);
        return collapseWhitespace(sb);
    }

    private static String collapseWhitespace(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                space = out.length() > 0;
            } else {
                if (space) out.append(' ');
                space = false;
                out.append(c);
            }
        }
        return out.toString();
    }

    private static void appendPlain(Node node, StringBuilder sb, boolean insideImage) {
        if (node instanceof Text t) sb.append(t.getLiteral());
        else if (node instanceof Code c) sb.append(c.getLiteral());
        else if (node instanceof SoftLineBreak || node instanceof HardLineBreak || node instanceof Block) sb.append(' ');
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Image && !insideImage) continue;
            appendPlain(child, sb, insideImage);
        }
    }

    private static boolean isImageOnly(Paragraph p) {
        boolean sawImage = false;
        for (Node child = p.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Image) sawImage = true;
            else if (child instanceof Text t && t.getLiteral().isBlank() || child instanceof SoftLineBreak
                    || child instanceof HardLineBreak) continue;
            else return false;
        }
        return sawImage;
    }

    private Optional<int[]> range(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        if (spans.isEmpty()) return Optional.empty();
        SourceSpan last = spans.get(spans.size() - 1);
        return Optional.of(new int[] {spans.get(0).getInputIndex(), last.getInputIndex() + last.getLength()});
    }

    private static int line(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        return spans.isEmpty() ? 0 : spans.get(0).getLineIndex() + 1;
    }

    private static int lastLine(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        return spans.isEmpty() ? 0 : spans.get(spans.size() - 1).getLineIndex() + 1;
    }

    private int lineOf(int offset) {
        int i = java.util.Arrays.binarySearch(lineStarts, offset);
        return i >= 0 ? i + 1 : -i - 1;
    }

    /** Tokens separated by white space that hold at least one letter or digit. */
    static int countWords(CharSequence text) {
        int words = 0;
        boolean inToken = false;
        boolean tokenHasWordChar = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                if (inToken && tokenHasWordChar) words++;
                inToken = false;
                tokenHasWordChar = false;
            } else {
                inToken = true;
                // code points, not chars: pseudo-bold letters are letters outside the BMP; an emoji is not a word
                if (!tokenHasWordChar && Character.isLetterOrDigit(Character.codePointAt(text, i))) tokenHasWordChar = true;
            }
        }
        if (inToken && tokenHasWordChar) words++;
        return words;
    }
}
