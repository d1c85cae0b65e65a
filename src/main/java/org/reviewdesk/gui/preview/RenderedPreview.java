package org.reviewdesk.gui.preview;

import java.util.Arrays;
import org.reviewdesk.markdown.PreviewBlocks;

/**
 * One rendering for the preview: the sanitized body HTML, the same split into top-level blocks (so the
 * view rewrites only the blocks an edit changed), and, ascending, the source lines (1-based) that start
 * a block carrying {@code data-line}, so scroll sync finds a block without searching the page.
 */
public record RenderedPreview(String bodyHtml, PreviewBlocks blocks, int[] blockLines) {
    public static final RenderedPreview EMPTY = new RenderedPreview("", PreviewBlocks.EMPTY, new int[0]);

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
        return "RenderedPreview[" + blocks.size() + " blocks]";
    }
}
