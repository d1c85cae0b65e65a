package org.reviewdesk.gui.editor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The marks over the source, in named layers (spelling, tells, comments), each replaced as a whole by whoever
 * computes it and moved with every edit so that it stays on its words until it is computed again. Plain data:
 * the editor view draws it.
 */
public final class SourceMarks {
    private final Map<String, List<SourceMark>> layers = new LinkedHashMap<>();

    /** Replaces a layer; returns the marks it held. */
    public List<SourceMark> set(String layer, List<SourceMark> marks) {
        List<SourceMark> was = layers.put(layer, List.copyOf(marks));
        return was == null ? List.of() : was;
    }

    public List<SourceMark> layer(String layer) {
        return layers.getOrDefault(layer, List.of());
    }

    /** Forgets every layer (another post was opened). */
    public void clear() {
        layers.clear();
    }

    public boolean isEmpty() {
        return layers.values().stream().allMatch(List::isEmpty);
    }

    /** Moves every mark through an edit: {@code removed} characters at {@code position} replaced by {@code inserted}. */
    public void edited(int position, int removed, int inserted) {
        for (Map.Entry<String, List<SourceMark>> e : layers.entrySet()) {
            List<SourceMark> moved = new ArrayList<>(e.getValue().size());
            for (SourceMark m : e.getValue()) moved.add(m.afterEdit(position, removed, inserted));
            e.setValue(moved);
        }
    }

    /** The marks, of every layer, that cover the character at {@code offset}. */
    public List<SourceMark> at(int offset) {
        List<SourceMark> out = new ArrayList<>();
        for (List<SourceMark> layer : layers.values()) {
            for (SourceMark m : layer) if (m.covers(offset)) out.add(m);
        }
        return out;
    }

    /** The non-empty marks, of every layer, that share a character with [from, to). */
    public List<SourceMark> overlapping(int from, int to) {
        List<SourceMark> out = new ArrayList<>();
        for (List<SourceMark> layer : layers.values()) {
            for (SourceMark m : layer) if (!m.isEmpty() && m.start() < to && m.end() > from) out.add(m);
        }
        return out;
    }

    /** Every non-empty mark of every layer. */
    public List<SourceMark> all() {
        return overlapping(0, Integer.MAX_VALUE);
    }
}
