package org.reviewdesk.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.reviewdesk.model.library.QueueSort;
import picocli.CommandLine.Option;

/** The queue's order on the command line, as the window's column headers give it: {@code queue} and {@code views save}. */
final class QueueSortOptions {
    @Option(names = "--sort", paramLabel = "COLUMN", description = "The queue's order: priority (the default), title, status, "
            + "version, freshness, quality, last_reviewed, view_count, findings, assignee, readability or open_comments.")
    String column;

    @Option(names = "--descending", description = "With --sort: the order from the highest down.")
    boolean descending;

    /** True when neither option was given. */
    boolean absent() {
        return column == null && !descending;
    }

    QueueSort sort(picocli.CommandLine.Model.CommandSpec spec) {
        if (column == null) {
            if (descending) throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--descending needs --sort COLUMN");
            return QueueSort.PRIORITY;
        }
        try {
            QueueSort.Column c = QueueSort.Column.valueOf(column.strip().replace('-', '_').toUpperCase(Locale.ROOT));
            if (c == QueueSort.Column.PRIORITY && descending) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "the priority order has no other direction");
            }
            return new QueueSort(c, descending);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--sort takes " + names() + ", not '" + column + "'");
        }
    }

    private static String names() {
        return Arrays.stream(QueueSort.Column.values()).map(c -> c.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
    }
}
