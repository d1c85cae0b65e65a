package org.reviewdesk.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.reviewdesk.model.Post;

/**
 * A three-way merge of two edits of one post made from the same revision: the body by its changes (the hunks the
 * history shows), the title and meta field by field (a list counts as one field). Changes that touch the same lines
 * of the common revision, or the same field, overlap, unless both made the very same change; then there is no merge,
 * only the list of what overlaps.
 */
public final class PostMerge {
    private PostMerge() {
    }

    /** The merged post (null when something overlaps) and what overlaps, in words a person reads. */
    public record Result(Post merged, List<String> overlaps) {
        public Result {
            overlaps = List.copyOf(overlaps);
        }

        public boolean clean() {
            return merged != null;
        }
    }

    /** {@code theirs} with every change of {@code mine} since {@code base} added, when none overlaps one of theirs. */
    public static Result merge(Post base, Post mine, Post theirs) {
        List<String> overlaps = new ArrayList<>();
        String body = mergeBody(base, mine, theirs, overlaps);
        List<String> fromMine = new ArrayList<>();
        overlaps.addAll(fieldOverlaps(base, mine, theirs, fromMine));
        if (!overlaps.isEmpty()) return new Result(null, overlaps);
        Post merged = theirs.withBody(body);
        for (String field : fromMine) merged = takeField(mine, merged, field);
        return new Result(merged, List.of());
    }

    /** One side's change of the body: lines [from, to) of the common revision replaced by {@code lines}. */
    private record Change(int from, int to, List<String> lines) {
        boolean overlaps(Change other) {
            if (from == to || other.from == other.to) return from <= other.to && other.from <= to;
            return from < other.to && other.from < to;
        }
    }

    private static String mergeBody(Post base, Post mine, Post theirs, List<String> overlaps) {
        List<String> baseLines = lines(base.body());
        List<Change> ours = changes(base, mine);
        List<Change> others = changes(base, theirs);
        List<Change> all = new ArrayList<>(others);
        for (Change c : ours) {
            Change clash = others.stream().filter(o -> o.overlaps(c)).findFirst().orElse(null);
            if (clash == null) all.add(c);
            else if (!clash.equals(c)) overlaps.add(describe(baseLines, c, clash));
        }
        if (!overlaps.isEmpty()) return null;
        all.sort(Comparator.comparingInt(Change::from).thenComparingInt(Change::to));
        List<String> out = new ArrayList<>();
        int at = 0;
        for (Change c : all) {
            out.addAll(baseLines.subList(at, c.from()));
            out.addAll(c.lines());
            at = c.to();
        }
        out.addAll(baseLines.subList(at, baseLines.size()));
        return String.join("\n", out);
    }

    private static List<Change> changes(Post base, Post edited) {
        List<String> editedLines = lines(edited.body());
        List<Change> out = new ArrayList<>();
        for (RevisionDiff.Hunk h : RevisionService.diff(base, edited, "", "").hunks()) {
            out.add(new Change(h.leftStart(), h.leftStart() + h.leftCount(),
                    List.copyOf(editedLines.subList(h.rightStart(), h.rightStart() + h.rightCount()))));
        }
        return out;
    }

    private static String describe(List<String> baseLines, Change mine, Change theirs) {
        int from = Math.min(mine.from(), theirs.from());
        int to = Math.max(mine.to(), theirs.to());
        String where = to - from <= 1 ? "line " + (from + 1) : "lines " + (from + 1) + "\u2013" + to;
        String first = from < baseLines.size() ? baseLines.get(from).strip() : "";
        if (first.length() > 40) first = first.substring(0, 40) + "\u2026";
        return "the body, " + where + (first.isEmpty() ? "" : " (\u201c" + first + "\u201d)");
    }

    /**
     * The fields both sides changed differently, each named once; {@code fromMine} receives the fields only mine
     * changed, to be taken into theirs.
     */
    private static List<String> fieldOverlaps(Post base, Post mine, Post theirs, List<String> fromMine) {
        Map<String, Map<String, String>> b = grouped(MetaFields.flatten(base));
        Map<String, Map<String, String>> m = grouped(MetaFields.flatten(mine));
        Map<String, Map<String, String>> t = grouped(MetaFields.flatten(theirs));
        Set<String> fields = new LinkedHashSet<>(b.keySet());
        fields.addAll(m.keySet());
        fields.addAll(t.keySet());
        List<String> overlaps = new ArrayList<>();
        for (String field : fields) {
            boolean mineChanged = !Objects.equals(b.get(field), m.get(field));
            boolean theirsChanged = !Objects.equals(b.get(field), t.get(field));
            if (mineChanged && theirsChanged && !Objects.equals(m.get(field), t.get(field))) overlaps.add(field);
            else if (mineChanged && !theirsChanged) fromMine.add(field);
        }
        return overlaps;
    }

    /** The flat paths grouped by field: a list's elements ({@code stack[0]}, {@code stack[1]}) under {@code stack}. */
    private static Map<String, Map<String, String>> grouped(Map<String, String> flat) {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        flat.forEach((path, value) -> out.computeIfAbsent(field(path), k -> new LinkedHashMap<>()).put(path, value));
        return out;
    }

    private static String field(String path) {
        int bracket = path.indexOf('[');
        return bracket < 0 ? path : path.substring(0, bracket);
    }

    private static Post takeField(Post from, Post into, String field) {
        return TakeBack.field(from, into, field);
    }

    private static List<String> lines(String text) {
        if (text == null || text.isEmpty()) return List.of();
        return List.of(text.split("\n", -1));
    }
}
