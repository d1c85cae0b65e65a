package org.reviewdesk.gui.preview;

import java.util.Arrays;

/**
 * The body HTML of the preview and, ascending, the source lines (1-based) that start a block carrying
 * a {@code data-line} attribute, so that scroll sync finds a block without searching the page.
 */
public record RenderedPreview(String bodyHtml, int[] blockLines) {
    public RenderedPreview {
        blockLines = blockLines.clone();
        Arrays.sort(blockLines);
    }

    /** The line of the last block that starts at or before {@code line}, or -1 when none does. */
    public int blockAtOrBefore(int line) {
        int i = Arrays.binarySearch(blockLines, line);
        if (i >= 0) return blockLines[i];
        int insertion = -i - 1;
        return insertion == 0 ? -1 : blockLines[insertion - 1];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RenderedPreview r && r.bodyHtml.equals(bodyHtml) && Arrays.equals(r.blockLines, blockLines);
    }

    @Override
    public int hashCode() {
        return bodyHtml.hashCode() * 31 + Arrays.hashCode(blockLines);
    }

    @Override
    public String toString() {
        return "RenderedPreview[" + bodyHtml.length() + " chars, " + blockLines.length + " blocks]";
    }
}
