package org.reviewdesk.gui.app;

import java.util.List;
import org.reviewdesk.checks.Finding;
import org.reviewdesk.gui.editor.SourceMark;
import org.reviewdesk.gui.findings.FindingRow;

/** The tells of machine-written prose among a post's findings, as marks over the source: amber, with the message. */
public final class TellMarks {
    /** The editor's layer they are drawn in. */
    public static final String LAYER = "tells";
    public static final String STYLE = "mark-tell";

    private TellMarks() {
    }

    /** A mark for each open finding of a tell check that points at text; dismissed findings are not drawn. */
    public static List<SourceMark> of(List<FindingRow> active) {
        return active.stream().map(FindingRow::finding)
                .filter(f -> f.checkId().startsWith("tell-") && f.hasRange() && f.end() > f.start())
                .map(TellMarks::mark).toList();
    }

    private static SourceMark mark(Finding f) {
        return new SourceMark(f.start(), f.end(), STYLE, f.message());
    }
}
