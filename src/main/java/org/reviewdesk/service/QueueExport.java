package org.reviewdesk.service;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.reviewdesk.store.Library;
import org.reviewdesk.model.library.PostSummary;
import org.reviewdesk.model.library.QueueFilter;
import org.reviewdesk.model.library.QueuePage;
import org.reviewdesk.model.library.QueueSort;

/** The current queue, every row the filter selects in queue order, as CSV (RFC 4180) or a JSON array. */
final class QueueExport {
    private static final int PAGE = 1000;
    private static final List<String> COLUMNS = List.of("reference", "title", "needs_human_review", "freshness", "quality",
            "view_count", "status", "version", "last_reviewed", "assignee", "findings", "reading_ease", "open_comments");

    private final Library library;

    QueueExport(Library library) {
        this.library = library;
    }

    /** Writes to a temporary file beside {@code file} and moves it into place; returns the number of rows. */
    public int write(QueueFilter filter, QueueSort sort, Path file, boolean csv) throws IOException {
        Path temp = file.resolveSibling("." + file.getFileName() + ".part");
        int n;
        if (csv) {
            try (BufferedWriter out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                out.write(String.join(",", COLUMNS));
                out.write("\r\n");
                n = each(filter, sort, r -> {
                    List<Object> values = values(r);
                    StringBuilder line = new StringBuilder();
                    for (int i = 0; i < values.size(); i++) {
                        if (i > 0) line.append(',');
                        line.append(csvField(values.get(i)));
                    }
                    out.write(line.append("\r\n").toString());
                });
            }
        } else {
            try (JsonGenerator json = new ObjectMapper().getFactory().createGenerator(temp.toFile(), JsonEncoding.UTF8)) {
                json.useDefaultPrettyPrinter();
                json.writeStartArray();
                n = each(filter, sort, r -> {
                    json.writeStartObject();
                    List<Object> values = values(r);
                    for (int i = 0; i < COLUMNS.size(); i++) json.writeObjectField(COLUMNS.get(i), values.get(i));
                    json.writeEndObject();
                });
                json.writeEndArray();
            }
        }
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return n;
    }

    private interface RowWriter {
        void write(PostSummary row) throws IOException;
    }

    private int each(QueueFilter filter, QueueSort sort, RowWriter writer) throws IOException {
        int n = 0;
        QueuePage page = library.queue().pageAfter(filter, sort, null, PAGE);
        while (true) {
            for (PostSummary r : page.rows()) {
                writer.write(r);
                n++;
            }
            if (page.next() == null) return n;
            page = library.queue().pageAfter(filter, sort, page.next(), PAGE);
        }
    }

    private static List<Object> values(PostSummary r) {
        return java.util.Arrays.asList(r.reference(), r.title(), r.needsHumanReview(), r.freshness(), r.quality(),
                r.viewCount(), r.status(), r.version(), r.lastReviewed() == null ? null : r.lastReviewed().toString(),
                r.assignee(), r.findings(), r.readingEase(), r.openComments());
    }

    static String csvField(Object value) {
        if (value == null) return "";
        String s = String.valueOf(value);
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}
