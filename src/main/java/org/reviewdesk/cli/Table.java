package org.reviewdesk.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain text table for the terminal: columns as wide as their widest cell, long titles cut. The last column is
 * printed whole: nothing after it needs aligning, and it is where a history's notes (an override's reason) go.
 */
final class Table {
    private static final int MAX_WIDTH = 60;
    private final List<String[]> rows = new ArrayList<>();

    Table(String... header) {
        rows.add(header);
    }

    void row(Object... cells) {
        String[] row = new String[cells.length];
        for (int i = 0; i < cells.length; i++) {
            String s = cells[i] == null ? "" : String.valueOf(cells[i]);
            row[i] = s.length() > MAX_WIDTH && i < cells.length - 1 ? s.substring(0, MAX_WIDTH - 1) + "…" : s;
        }
        rows.add(row);
    }

    void print(PrintWriter out) {
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) widths[i] = Math.max(widths[i], row[i].length());
        }
        for (String[] row : rows) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                sb.append(row[i]);
                if (i < row.length - 1) sb.append(" ".repeat(widths[i] - row[i].length() + 2));
            }
            out.println(sb.toString().stripTrailing());
        }
    }
}
