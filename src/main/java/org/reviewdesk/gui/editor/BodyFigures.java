package org.reviewdesk.gui.editor;

import java.time.Duration;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.reviewdesk.checks.BodyStructure;
import org.reviewdesk.checks.ProseReadability;
import org.reviewdesk.gui.task.BackgroundExecutor;
import org.reviewdesk.gui.task.LatestValueJob;

/**
 * Words, reading time, readability and the structure of the body as the editor holds it, from the checks' body scan:
 * too heavy for every keystroke on the FX thread, so it runs on the compute executor, on the latest text only.
 */
final class BodyFigures {
    /**
     * The body scan rests this long after each run: on a long post it allocates megabytes, which at every keystroke
     * kept a core busy and the collector running, for a word count nobody reads at every keystroke. At 300 ms a
     * 10,000-word post's scans still made 12 MB of garbage a second of typing, a fifth of all the window made
     * (docs/performance.md); the figures now follow within a second.
     */
    static final Duration REST = Duration.ofMillis(1_000);

    private final LatestValueJob<String, BodyScan> scan;
    private final ReadOnlyObjectWrapper<BodyScan> structure = new ReadOnlyObjectWrapper<>(this, "bodyScan");

    BodyFigures(BackgroundExecutor computeExecutor) {
        scan = new LatestValueJob<>(computeExecutor, BodyFigures::scan, r -> structure.set(r.output()), e -> { }, REST);
    }

    private static BodyScan scan(String body) {
        BodyStructure structure = BodyStructure.of(body);
        return new BodyScan(structure, ProseReadability.of(structure));
    }

    /** The body changed: the figures follow once the scan of the latest body is done. */
    void bodyChanged(String body) {
        scan.request(body);
    }

    /**
     * Another post replaces the body: until its first scan the figures are unknown (a null scan), not the last post's,
     * which would stand for this one for the seconds a long post's scan takes.
     */
    void postReplaced() {
        scan.discardEarlier();
        structure.set(null);
    }

    ReadOnlyObjectProperty<BodyScan> structureProperty() {
        return structure.getReadOnlyProperty();
    }
}
