package org.reviewdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.reviewdesk.formats.alphanode.AlphanodeTextWriter;
import org.reviewdesk.model.Post;
import org.reviewdesk.service.Desk;
import org.reviewdesk.synth.PostSynthesizer;
import org.reviewdesk.testing.TempLibrary;

/**
 * The library file gives its unused space back: when the last program that has it open closes it, and through
 * {@code library compact}, which is refused while another program has it open. Nothing is lost either way.
 */
class LibraryCompactTest {
    @org.junit.jupiter.api.BeforeEach
    void aFolderLibrary() {
        org.junit.jupiter.api.Assumptions.assumeFalse(org.reviewdesk.testing.TestLibraries.onServer(),
                "compaction is of a folder library's file; this run's libraries are on a PostgreSQL server");
    }

    private static final int POSTS = 600;

    @RegisterExtension
    final TempLibrary library = new TempLibrary();

    private final List<Post> posts = IntStream.range(0, POSTS).mapToObj(new PostSynthesizer(7)::post).toList();

    @Test
    void theLastToCloseTheLibraryLeavesAFileSmallerThanItsText() throws Exception {
        library.with(posts);
        long whileOpen = Files.size(file());
        library.close();
        long closed = Files.size(file());

        assertTrue(closed < whileOpen / 2, "closed " + closed + " bytes, open " + whileOpen);
        assertTrue(closed < textBytes(), "the file " + closed + " bytes, its text " + textBytes());
        assertEveryPostIsThere();
    }

    @Test
    void aLibraryStillOpenElsewhereIsLeftAsItIsAndCompactedByTheLastToClose() throws Exception {
        library.with(posts);
        try (Desk other = Desk.open(library.folder())) {
            library.close();
            long afterFirstClose = Files.size(file());
            assertEquals(POSTS, other.library().posts().count(""), "the other program's library still works");

            CliRunner.Result refused = new CliRunner(library.folder()).runRaw("library", "compact", "--library",
                    library.folder().toString());
            assertTrue(refused.exitCode() != 0);
            assertTrue(refused.err().contains("open in another Review Desk"), refused.err());
            assertEquals(afterFirstClose, Files.size(file()), "nothing was changed");
        }
        assertTrue(Files.size(file()) < textBytes(), "compacted when the last program closed it");
        assertEveryPostIsThere();
    }

    @Test
    void libraryCompactShrinksALibraryNobodyHasOpen() throws Exception {
        library.with(posts);
        String url = "jdbc:h2:file:" + library.folder().resolve("library") + ";AUTO_SERVER=TRUE;IFEXISTS=TRUE";
        try (Connection other = DriverManager.getConnection(url, "sa", ""); Statement st = other.createStatement()) {
            library.close();
            st.execute("SHUTDOWN"); // a program that closed it without compacting, as Review Desk did before
        }
        long before = Files.size(file());
        CliRunner.Result compacted = new CliRunner(library.folder()).runRaw("library", "compact", "--library",
                library.folder().toString());

        assertEquals(0, compacted.exitCode(), compacted.err());
        assertTrue(compacted.out().matches("(?s).*MB -> [0-9.,]+ MB in .*"), compacted.out());
        assertTrue(Files.size(file()) < before, before + " -> " + Files.size(file()));
        assertTrue(Files.size(file()) < textBytes(), "smaller than its posts as text files");
        assertEveryPostIsThere();
    }

    private Path file() {
        return library.folder().resolve("library.mv.db");
    }

    private long textBytes() {
        AlphanodeTextWriter writer = new AlphanodeTextWriter();
        return posts.stream().mapToLong(p -> writer.write(p).getBytes(StandardCharsets.UTF_8).length).sum();
    }

    private void assertEveryPostIsThere() throws Exception {
        try (Desk desk = Desk.open(library.folder())) {
            assertEquals(POSTS, desk.library().posts().count(""));
            for (int i = 0; i < POSTS; i += 97) {
                Post stored = desk.posts().list(posts.get(i).title(), 0, 1).stream().findFirst()
                        .flatMap(s -> desk.posts().find(s.id())).orElseThrow().post();
                assertEquals(posts.get(i).body(), stored.body());
            }
        }
    }
}
