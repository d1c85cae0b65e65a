package org.reviewdesk.store;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;
import org.reviewdesk.model.library.PostComment.Anchor;

/**
 * Carries comment anchors through one edit of a body, character by character (docs/decisions/0013): the edit is the
 * common prefix and suffix of the two bodies kept, the middle diffed by lines, and the changed lines by characters.
 * Text inserted at either edge of an anchor stays outside it, text inserted inside grows it, and an anchor none of
 * whose characters survive is marked text removed, keeping its quote.
 */
final class AnchorShift {
    /** Changed line runs longer than this are taken as replaced whole rather than diffed by characters. */
    private static final int CHARACTER_DIFF_LIMIT = 4_000;

    /** One change in old coordinates: {@code [from, to)} of the old body became {@code [newFrom, newTo)} of the new. */
    private record Edit(int from, int to, int newFrom, int newTo) {
    }

    private final List<Edit> edits;
    private final String newBody;

    private AnchorShift(List<Edit> edits, String newBody) {
        this.edits = edits;
        this.newBody = newBody;
    }

    static AnchorShift between(String oldBody, String newBody) {
        return between(oldBody, newBody, null);
    }

    /**
     * The edit from {@code oldBody} to {@code newBody}, diffed by characters only where a changed run of lines touches
     * one of {@code anchors} (null: everywhere); elsewhere the run as a whole is enough to move what comes after it.
     */
    static AnchorShift between(String oldBody, String newBody, List<Anchor> anchors) {
        String a = oldBody == null ? "" : oldBody;
        String b = newBody == null ? "" : newBody;
        int prefix = 0;
        int max = Math.min(a.length(), b.length());
        while (prefix < max && a.charAt(prefix) == b.charAt(prefix)) prefix++;
        int suffix = 0;
        while (suffix < max - prefix && a.charAt(a.length() - 1 - suffix) == b.charAt(b.length() - 1 - suffix)) suffix++;
        List<Edit> edits = new ArrayList<>();
        if (prefix + suffix < a.length() || prefix + suffix < b.length()) {
            byLines(a.substring(prefix, a.length() - suffix), b.substring(prefix, b.length() - suffix), prefix, prefix,
                    anchors, edits);
        }
        return new AnchorShift(edits, b);
    }

    /** The anchor in the new body. */
    Anchor apply(Anchor anchor) {
        if (anchor.textRemoved()) return new Anchor(point(anchor.start(), true), point(anchor.start(), true), anchor.quote(), true);
        int start = point(anchor.start(), true);
        int end = Math.max(start, point(anchor.end(), false));
        if (anchor.end() > anchor.start() && !survives(anchor.start(), anchor.end())) {
            int at = Math.min(start, end);
            return new Anchor(at, at, anchor.quote(), true);
        }
        return new Anchor(start, end, newBody.substring(start, end), false);
    }

    /**
     * Where old offset {@code x} is now. An anchor's start ({@code isStart}) stays after text inserted at it and moves
     * to the start of a replacement it falls in; its end stays before text inserted at it and moves to the end of one.
     */
    private int point(int x, boolean isStart) {
        int delta = 0;
        for (Edit e : edits) {
            if (e.from() > x) break;
            boolean insertion = e.from() == e.to();
            if (insertion) {
                if (e.from() < x || isStart) {
                    delta += e.newTo() - e.newFrom();
                    continue;
                }
                return e.newFrom();
            }
            if (isStart ? x < e.to() : x <= e.to()) {
                return x == e.from() && !isStart ? e.newFrom() : isStart ? e.newFrom() : e.newTo();
            }
            delta += (e.newTo() - e.newFrom()) - (e.to() - e.from());
        }
        return Math.max(0, Math.min(newBody.length(), x + delta));
    }

    /** Whether any character of old {@code [start, end)} is outside every deleted or replaced run. */
    private boolean survives(int start, int end) {
        int covered = 0;
        for (Edit e : edits) {
            int from = Math.max(start, e.from());
            int to = Math.min(end, e.to());
            if (to > from) covered += to - from;
        }
        return covered < end - start;
    }

    private static void byLines(String a, String b, int offA, int offB, List<Anchor> anchors, List<Edit> out) {
        List<String> la = lines(a);
        List<String> lb = lines(b);
        int[] startsA = starts(la);
        int[] startsB = starts(lb);
        for (AbstractDelta<String> d : DiffUtils.diff(la, lb).getDeltas()) {
            int sa = startsA[d.getSource().getPosition()];
            int ea = startsA[d.getSource().getPosition() + d.getSource().size()];
            int sb = startsB[d.getTarget().getPosition()];
            int eb = startsB[d.getTarget().getPosition() + d.getTarget().size()];
            if (touches(anchors, offA + sa, offA + ea)) {
                byCharacters(a.substring(sa, ea), b.substring(sb, eb), offA + sa, offB + sb, out);
            } else {
                out.add(new Edit(offA + sa, offA + ea, offB + sb, offB + eb));
            }
        }
    }

    /** Whether an anchor shares a character or an edge with old {@code [from, to]}. */
    private static boolean touches(List<Anchor> anchors, int from, int to) {
        if (anchors == null) return true;
        for (Anchor x : anchors) if (x.start() <= to && x.end() >= from) return true;
        return false;
    }

    private static void byCharacters(String a, String b, int offA, int offB, List<Edit> out) {
        if (a.isEmpty() || b.isEmpty() || a.length() > CHARACTER_DIFF_LIMIT || b.length() > CHARACTER_DIFF_LIMIT) {
            out.add(new Edit(offA, offA + a.length(), offB, offB + b.length()));
            return;
        }
        for (AbstractDelta<Character> d : DiffUtils.diff(chars(a), chars(b)).getDeltas()) {
            int sa = offA + d.getSource().getPosition();
            int sb = offB + d.getTarget().getPosition();
            out.add(new Edit(sa, sa + d.getSource().size(), sb, sb + d.getTarget().size()));
        }
    }

    /** The text cut after each line break, so that the pieces join back into it exactly. */
    private static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                out.add(text.substring(from, i + 1));
                from = i + 1;
            }
        }
        if (from < text.length()) out.add(text.substring(from));
        return out;
    }

    private static int[] starts(List<String> lines) {
        int[] starts = new int[lines.size() + 1];
        for (int i = 0; i < lines.size(); i++) starts[i + 1] = starts[i] + lines.get(i).length();
        return starts;
    }

    private static List<Character> chars(String s) {
        List<Character> out = new ArrayList<>(s.length());
        for (int i = 0; i < s.length(); i++) out.add(s.charAt(i));
        return out;
    }
}
