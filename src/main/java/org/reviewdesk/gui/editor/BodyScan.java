package org.reviewdesk.gui.editor;

import org.reviewdesk.checks.BodyStructure;
import org.reviewdesk.model.Readability;

/** One scan of the body as the editor holds it: its structure and the readability of its prose. */
public record BodyScan(BodyStructure structure, Readability readability) {
}
