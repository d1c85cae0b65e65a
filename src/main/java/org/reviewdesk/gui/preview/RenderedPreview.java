package org.reviewdesk.gui.preview;

import java.util.Arrays;
import java.util.List;

/**
 * The preview's body as its top-level blocks of HTML, and, ascending, the source lines (1-based) that
 * start a block carrying a {@code data-line} attribute. Blocks let the view replace only what changed;
 * lines let scroll sync find a block without searching the page.
 */
public record RenderedPreview(List<String> blocks, int[] blockLines) {
    public static final RenderedPreview EMPTY = new RenderedPreview(List.of(), new int[0]);

    public RenderedPreview {
        blocks = List.copyOf(blocks);
        blockLines = blockLines.clone();
        Arrays.sort(blockLines);
    }

    public String bodyHtml() {
        return String.join("\n", blocks);
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
        return o instanceof RenderedPreview r && r.blocks.equals(blocks) && Arrays.equals(r.blockLines, blockLines);
    }

    @Override
    public int hashCode() {
        return blocks.hashCode() * 31 + Arrays.hashCode(blockLines);
    }

    @Override
    public String toString() {
        return "RenderedPreview[" + blocks.size() + " blocks]";
    }
}
