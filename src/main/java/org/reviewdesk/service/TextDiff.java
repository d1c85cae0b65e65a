package org.reviewdesk.service;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reviewdesk.service.RevisionDiff.Line;
import org.reviewdesk.service.RevisionDiff.LineKind;
import org.reviewdesk.service.RevisionDiff.Range;

/** Line-by-line diff of two texts, with the changed words of paired lines marked. */
final class TextDiff {
    private static final Pattern TOKEN = Pattern.compile("\\s+|[\\p{L}\\p{N}_]+|[^\\s\\p{L}\\p{N}_]");

    private TextDiff() {
    }

    static List<Line> lines(String from, String to) {
        List<String> a = split(from);
        List<String> b = split(to);
        List<Line> out = new ArrayList<>();
        int ia = 0;
        int ib = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(a, b).getDeltas()) {
            int sa = delta.getSource().getPosition();
            while (ia < sa) {
                out.add(new Line(LineKind.SAME, ia + 1, a.get(ia), ib + 1, b.get(ib), List.of(), List.of()));
                ia++;
                ib++;
            }
            List<String> removed = delta.getSource().getLines();
            List<String> added = delta.getTarget().getLines();
            int paired = delta.getType() == DeltaType.CHANGE ? Math.min(removed.size(), added.size()) : 0;
            for (int i = 0; i < paired; i++) {
                List<List<Range>> words = words(removed.get(i), added.get(i));
                out.add(new Line(LineKind.CHANGED, ia + 1, removed.get(i), ib + 1, added.get(i), words.get(0), words.get(1)));
                ia++;
                ib++;
            }
            for (int i = paired; i < removed.size(); i++) {
                out.add(new Line(LineKind.REMOVED, ia + 1, removed.get(i), 0, null,
                        List.of(new Range(0, removed.get(i).length())), List.of()));
                ia++;
            }
            for (int i = paired; i < added.size(); i++) {
                out.add(new Line(LineKind.ADDED, 0, null, ib + 1, added.get(i), List.of(),
                        List.of(new Range(0, added.get(i).length()))));
                ib++;
            }
        }
        while (ia < a.size()) {
            out.add(new Line(LineKind.SAME, ia + 1, a.get(ia), ib + 1, b.get(ib), List.of(), List.of()));
            ia++;
            ib++;
        }
        return out;
    }

    /** The removed word ranges of {@code left} and the added word ranges of {@code right}. */
    static List<List<Range>> words(String left, String right) {
        List<int[]> ta = tokens(left);
        List<int[]> tb = tokens(right);
        List<String> sa = ta.stream().map(t -> left.substring(t[0], t[1])).toList();
        List<String> sb = tb.stream().map(t -> right.substring(t[0], t[1])).toList();
        List<Range> ra = new ArrayList<>();
        List<Range> rb = new ArrayList<>();
        for (AbstractDelta<String> d : DiffUtils.diff(sa, sb).getDeltas()) {
            addRange(ra, ta, d.getSource().getPosition(), d.getSource().size());
            addRange(rb, tb, d.getTarget().getPosition(), d.getTarget().size());
        }
        return List.of(ra, rb);
    }

    private static void addRange(List<Range> out, List<int[]> tokens, int pos, int size) {
        if (size > 0) out.add(new Range(tokens.get(pos)[0], tokens.get(pos + size - 1)[1]));
    }

    private static List<int[]> tokens(String s) {
        List<int[]> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(s);
        while (m.find()) out.add(new int[] {m.start(), m.end()});
        return out;
    }

    private static List<String> split(String text) {
        if (text == null || text.isEmpty()) return List.of();
        return List.of(text.split("\n", -1));
    }
}
