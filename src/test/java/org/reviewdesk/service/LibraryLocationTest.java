package org.reviewdesk.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LibraryLocationTest {
    @Test
    void theLibraryFolderFollowsOptionThenEnvironmentThenPlatform() {
        assertThat(LibraryLocation.resolve("/tmp/x", Map.of(LibraryLocation.ENV, "/tmp/y"))).isEqualTo(Path.of("/tmp/x"));
        assertThat(LibraryLocation.resolve(null, Map.of(LibraryLocation.ENV, "/tmp/y"))).isEqualTo(Path.of("/tmp/y"));
        assertThat(LibraryLocation.platformDefault("Linux", "/home/ed", Map.of("XDG_DATA_HOME", "/data")))
                .isEqualTo(Path.of("/data/review-desk"));
        assertThat(LibraryLocation.platformDefault("Linux", "/home/ed", Map.of())).isEqualTo(Path.of("/home/ed/.local/share/review-desk"));
        assertThat(LibraryLocation.platformDefault("Mac OS X", "/Users/ed", Map.of()))
                .isEqualTo(Path.of("/Users/ed/Library/Application Support/Review Desk"));
    }
}
