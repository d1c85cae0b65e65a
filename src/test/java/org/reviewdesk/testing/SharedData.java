package org.reviewdesk.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the tests find {@code ../shared/} (seeds and public test data). The build passes its location as
 * the system property {@code reviewdesk.shared.dir}; without the folder, a test that needs it is skipped
 * with a message, never failed.
 */
public final class SharedData {
    private SharedData() {
    }

    /** The folder, or a skipped test when it is not there. */
    public static Path dir() {
        String configured = System.getProperty("reviewdesk.shared.dir", "../shared");
        Path dir = Path.of(configured).toAbsolutePath().normalize();
        assumeTrue(Files.isDirectory(dir.resolve("seeds")),
                () -> "skipped: ../shared/ is not present at " + dir + " (set -Dreviewdesk.shared.dir=PATH to run this test)");
        return dir;
    }

    public static Path seeds() {
        return dir().resolve("seeds");
    }

    public static Path testData() {
        return dir().resolve("testdata");
    }

    public static Path seed(String name) {
        return seeds().resolve(name);
    }
}
