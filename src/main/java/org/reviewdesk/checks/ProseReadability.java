package org.reviewdesk.checks;

import java.util.List;
import org.reviewdesk.model.Readability;

/**
 * The readability of a body's prose: its sentences (paragraphs and list items; never headings, tables or code
 * blocks), without inline code, link destinations, URLs, or the items of a list of identifiers. A word is a run of
 * non-space characters holding a letter; its syllables are counted by {@link Syllables}.
 */
public final class ProseReadability {
    private ProseReadability() {
    }

    public static Readability of(BodyStructure body) {
        int words = 0;
        int sentences = 0;
        int syllables = 0;
        List<BodyStructure.ListBlock> identifierLists = body.lists().stream().filter(ProseReadability::isOfIdentifiers).toList();
        for (BodyStructure.Sentence s : body.sentences()) {
            if (inList(identifierLists, s.start())) continue;
            int[] counted = count(s, body.lines());
            if (counted[0] == 0) continue;
            words += counted[0];
            syllables += counted[1];
            sentences++;
        }
        return new Readability(words, sentences, syllables);
    }

    /** Words and syllables of a sentence, without what is code or a link's target. */
    private static int[] count(BodyStructure.Sentence s, BodyLines lines) {
        String text = s.text();
        int words = 0;
        int syllables = 0;
        int i = 0;
        while (i < text.length()) {
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) i++;
            int start = i;
            while (i < text.length() && !Character.isWhitespace(text.charAt(i))) i++;
            if (start == i) break;
            String token = visiblePart(text.substring(start, i));
            int firstLetter = firstLetter(token);
            if (firstLetter < 0 || lines.isCodeAt(s.start() + start + firstLetter)) continue;
            words++;
            syllables += Syllables.of(token);
        }
        return new int[] {words, syllables};
    }

    /** The token without a link's destination ("[text](url)" gives "[text"), nothing for a bare URL. */
    private static String visiblePart(String token) {
        int link = token.indexOf("](");
        String visible = link >= 0 ? token.substring(0, link) : token;
        if (visible.contains("://") || visible.startsWith("www.") || visible.startsWith("<http")) return "";
        return visible;
    }

    private static int firstLetter(String token) {
        for (int i = 0; i < token.length(); i++) if (Character.isLetter(token.charAt(i))) return i;
        return -1;
    }

    private static boolean inList(List<BodyStructure.ListBlock> lists, int offset) {
        for (BodyStructure.ListBlock list : lists) {
            if (offset >= list.start() && offset < list.end()) return true;
        }
        return false;
    }

    /** A list whose every item is inline code or one identifier-like word ({@code user_id}, {@code getUser()}). */
    static boolean isOfIdentifiers(BodyStructure.ListBlock list) {
        if (list.items().isEmpty()) return false;
        for (BodyStructure.ListEntry item : list.items()) {
            if (!item.codeOnly() && !isIdentifier(item.text())) return false;
        }
        return true;
    }

    static boolean isIdentifier(String text) {
        String t = text.strip();
        if (t.isEmpty() || t.contains(" ")) return false;
        return t.matches(".*[_./:()\\[\\]#$@<>].*") || t.matches(".*[a-z][A-Z].*");
    }
}
