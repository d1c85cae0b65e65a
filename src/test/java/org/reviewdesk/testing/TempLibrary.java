package org.reviewdesk.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.reviewdesk.model.Post;
import org.reviewdesk.model.library.LibraryException;
import org.reviewdesk.service.Desk;

/**
 * A library in a temporary folder of its own, opened through the services when first asked for, closed and deleted
 * after each test. Use it with {@code @RegisterExtension final TempLibrary library = new TempLibrary();}.
 */
public final class TempLibrary implements AfterEachCallback {
    private Path root;
    private Desk desk;

    /** The folder the library lives in (created, empty until the library is opened). */
    public Path folder() {
        try {
            if (root == null) root = Files.createTempDirectory("review-desk-test");
            return root.resolve("library");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The library as {@code --library} takes it: the folder, or in a run against a server, its address. */
    public String location() {
        return TestLibraries.location(folder());
    }

    /** The open library, opened on first use. */
    public Desk desk() {
        if (desk == null) {
            try {
                desk = TestLibraries.open(folder());
            } catch (LibraryException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }
        return desk;
    }

    /** Imports the posts as an import from files would; returns the desk. */
    public Desk with(List<Post> posts) {
        desk().library().posts().importPosts(posts, false);
        return desk;
    }

    /** Closes the library, so that a test can reopen the same folder. */
    public void close() {
        if (desk != null) desk.close();
        desk = null;
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        close();
        if (root != null) {
            try (Stream<Path> files = Files.walk(root)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
            root = null;
        }
    }
}
