package org.reviewdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reviewdesk.model.library.LibraryBehindException;
import org.reviewdesk.service.JsonSnapshotCodec;
import org.reviewdesk.synth.PostSynthesizer;

/** A library file that went back to an older state is refused, kept as found, and opened only when the user says so. */
class ChangeMarkTest {
    @TempDir
    Path dir;
    private final PostSynthesizer synth = new PostSynthesizer(5);
    private final JsonSnapshotCodec codec = new JsonSnapshotCodec();

    private void importPost(Path library, int n) throws Exception {
        try (Library l = Library.open(library, codec)) {
            l.posts().importPost(synth.post(n), false);
        }
    }

    private long posts(Path library) throws Exception {
        try (Library l = Library.open(library, codec)) {
            return l.posts().count();
        }
    }

    @Test
    void aFileThatWentBackIsRefusedKeptAsFoundAndOpensOnceAccepted() throws Exception {
        Path library = dir.resolve("library");
        importPost(library, 1);
        Path older = Files.copy(LibraryFile.database(library), dir.resolve("older.mv.db"));
        importPost(library, 2);
        Files.copy(older, LibraryFile.database(library), StandardCopyOption.REPLACE_EXISTING);
        byte[] found = Files.readAllBytes(LibraryFile.database(library));

        LibraryBehindException refused = catchThrowableOfType(() -> Library.open(library, codec), LibraryBehindException.class);
        assertThat(refused).as("the file without the second import is refused").isNotNull();
        assertThat(refused.inFile()).isLessThan(refused.written());
        assertThat(refused.getMessage()).contains("holds fewer changes than were written to it",
                "change " + refused.inFile(), "change " + refused.written(), "accept-as-found");
        assertThat(Path.of(refused.copy())).startsWith(library.resolve("backups"));
        assertThat(Files.readAllBytes(Path.of(refused.copy()))).as("the copy is the file as it was found").isEqualTo(found);
        assertThat(Files.readAllBytes(LibraryFile.database(library))).as("nothing was written to the file").isEqualTo(found);
        assertThat(catchThrowableOfType(() -> Library.open(library, codec), LibraryBehindException.class))
                .as("refused again at the next open").isNotNull();

        Library.acceptAsFound(library, codec);
        assertThat(posts(library)).as("the file as it is: the first post only").isEqualTo(1);
        importPost(library, 3);
        assertThat(posts(library)).isEqualTo(2);
    }

    @Test
    void theMarkFollowsEveryWriteAndANewLibraryStartsWithoutTheOldOne() throws Exception {
        Path library = dir.resolve("library");
        importPost(library, 1);
        importPost(library, 2);
        try (Library l = Library.open(library, codec)) {
            assertThat(ChangeMark.read(library)).get().extracting(ChangeMark.Mark::stamp).isEqualTo(l.changeStamp());
        }
        Files.delete(LibraryFile.database(library));
        assertThat(posts(library)).as("a new, empty library where the file was deleted").isZero();
        importPost(library, 3);
        assertThat(posts(library)).isEqualTo(1);
    }

    @Test
    void aMarkThatCannotBeReadSaysNothingAndTheNextWriteMendsIt() throws Exception {
        Path library = dir.resolve("library");
        importPost(library, 1);
        Files.writeString(ChangeMark.file(library), "12 not-a-time");
        assertThat(posts(library)).isEqualTo(1);
        importPost(library, 2);
        assertThat(ChangeMark.read(library)).isPresent();
        assertThat(posts(library)).isEqualTo(2);
    }
}
