package org.reviewdesk.crash;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.reviewdesk.gui.library.DeskLibraryAccess;
import org.reviewdesk.gui.library.OpenedPost;
import org.reviewdesk.model.SemVer;
import org.reviewdesk.service.Desk;
import org.reviewdesk.service.ImportOptions;
import org.reviewdesk.service.ImportReport;
import org.reviewdesk.model.library.StoredPost;

/**
 * The process that CrashTest kills: it writes to a library through the same code as the window or the command line,
 * and prints {@code ack …} only once a write has returned, which is when the window shows "Saved" or the command
 * line reports it done. It writes until it is killed.
 */
public final class CrashChild {
    private CrashChild() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Path library = Path.of(args[1]);
        switch (args[0]) {
            case "autosave" -> autosave(out, library, args[2], false);
            case "autosave-on" -> autosave(out, library, args[2], true);
            case "import" -> {
                try (Desk desk = Desk.open(library)) {
                    out.println("ready");
                    ImportReport report = desk.imports().importPaths(List.of(Path.of(args[2])), ImportOptions.DEFAULT,
                            (done, total, outcome) -> { });
                    out.println("ack imported " + report.imported() + " failed " + report.failed().size());
                }
            }
            case "import-acks" -> {
                // A large import that tells how far it has gone, so that it is killed in its middle (DeferredIndexes).
                try (Desk desk = Desk.open(library)) {
                    out.println("ready");
                    desk.imports().importPaths(List.of(Path.of(args[2])), ImportOptions.DEFAULT, (done, total, outcome) -> {
                        if (done % 250 == 0) out.println("ack " + done);
                    });
                    out.println("ack done");
                }
            }
            case "import-check" -> {
                // As 'review-desk import' does: mark, import, then check what was written, in groups.
                try (Desk desk = Desk.open(library)) {
                    out.println("ready");
                    long mark = desk.checks().mark();
                    desk.imports().importPaths(List.of(Path.of(args[2])), ImportOptions.DEFAULT, (done, total, outcome) -> { });
                    out.println("ack imported");
                    desk.checks().checkWrittenSince(mark, n -> out.println("ack checked " + n));
                    out.println("ack done");
                }
            }
            case "bump" -> {
                try (Desk desk = Desk.open(library)) {
                    out.println("ready");
                    while (true) {
                        StoredPost p = desk.revisions().bump(args[2], SemVer.Bump.PATCH, "crash test");
                        out.println("ack " + p.post().meta().revision().version());
                    }
                }
            }
            case "triage" -> {
                try (Desk desk = Desk.open(library)) {
                    List<Long> ids = desk.library().posts().ids();
                    out.println("ready");
                    for (int i = 1; ; i++) {
                        desk.library().queue().markReviewed(ids, LocalDate.of(2026, 1, 1), SemVer.Bump.PATCH, "crash test");
                        out.println("ack " + i);
                    }
                }
            }
            case "open" -> {
                try (Desk desk = Desk.open(library)) {
                    out.println("ack opened " + desk.library().posts().count());
                }
            }
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    /**
     * What the window's editor does when typing stops: the post saved with the row version it was read at. With
     * {@code goOn}, on a library earlier rounds wrote: it says the edit number it found, numbers on from it, and saves
     * another post between two of its own, so that the file holds chunks of many ages.
     */
    private static void autosave(PrintStream out, Path library, String reference, boolean goOn) throws Exception {
        Desk desk = Desk.open(library);
        long id = desk.library().posts().findByReference(reference).orElseThrow().id();
        DeskLibraryAccess access = new DeskLibraryAccess(desk);
        OpenedPost opened = access.open(id);
        String body = opened.post().body();
        int at = body.lastIndexOf("\n\nEdit number ");
        int found = goOn && at >= 0 ? Integer.parseInt(body.substring(at + "\n\nEdit number ".length(), body.length() - 2)) : 0;
        String base = goOn && at >= 0 ? body.substring(0, at) : body;
        if (goOn) out.println("found " + found);
        List<Long> ids = desk.library().posts().ids();
        java.util.Random random = new java.util.Random();
        out.println("ready");
        for (int i = found + 1; ; i++) {
            opened = access.save(id, opened.rowVersion(), opened.post().withBody(base + "\n\nEdit number " + i + ".\n"),
                    org.reviewdesk.model.FieldDrafts.NONE);
            out.println("ack " + i);
            long other = ids.get(random.nextInt(ids.size()));
            if (goOn && other != id) {
                OpenedPost o = access.open(other);
                String b = o.post().body();
                access.save(other, o.rowVersion(), o.post().withBody((b.length() > 60_000 ? b.substring(30_000) : b) + " more " + i),
                        org.reviewdesk.model.FieldDrafts.NONE);
            }
        }
    }
}
