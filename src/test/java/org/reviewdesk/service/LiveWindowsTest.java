package org.reviewdesk.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reviewdesk.model.library.PostPresence;
import org.reviewdesk.synth.PostSynthesizer;

/**
 * A window killed on this computer stops showing as "Also open" at the next heartbeat of another window here, not
 * 30 seconds later: the killed process's lock on its mark went with it. Killed for real (SIGKILL), in a process of its own.
 */
class LiveWindowsTest {
    @TempDir
    Path tmp;

    @Test
    void aKilledWindowOfThisComputerIsGoneAtTheNextHeartbeatAndARunningOneStays() throws Exception {
        Path marks = tmp.resolve("windows");
        try (Desk desk = Desk.open(tmp.resolve("library"))) {
            var post = new PostSynthesizer(21).post(0);
            desk.library().posts().importPosts(List.of(post), false);
            long id = desk.posts().byReference(post.reference()).id();
            PresenceService mine = new PresenceService(desk.library(), Clock.systemUTC(), () -> "Me", new LiveWindows(marks));

            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), PresenceChild.class.getName(),
                    tmp.resolve("library").toString(), Long.toString(id), marks.toString()).redirectErrorStream(true).start();
            try {
                BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
                String line;
                while ((line = out.readLine()) != null && !line.equals("beating")) {
                    // the child's start-up output
                }
                assertThat(line).as("the child window had the post open").isEqualTo("beating");
                assertThat(mine.beat(id)).as("the other window, running").extracting(PostPresence::userName)
                        .containsExactly("Killed Window");
                assertThat(mine.beat(id)).as("still running, still there").hasSize(1);
            } finally {
                child.destroyForcibly();
                assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            }

            assertThat(mine.beat(id)).as("killed: gone at the next heartbeat, long before the 30 s expiry").isEmpty();
            try (var files = Files.list(marks)) {
                assertThat(files.map(p -> p.getFileName().toString())).as("only this window's mark is left")
                        .hasSize(1).allMatch(name -> name.endsWith(".window"));
            }
            mine.close();
            try (var files = Files.list(marks)) {
                assertThat(files).as("a window that closes takes its mark with it").isEmpty();
            }
        }
    }

    @Test
    void aWindowOfThisSameProcessIsNeverTakenForGone() {
        Path marks = tmp.resolve("windows");
        LiveWindows first = new LiveWindows(marks);
        LiveWindows second = new LiveWindows(marks);
        first.hold("first");
        second.hold("second");
        assertThat(first.gone()).isEmpty();
        assertThat(second.gone()).isEmpty();
        first.release();
        assertThat(second.gone()).as("released and removed, not gone").isEmpty();
        assertThat(marks.resolve("second.window")).exists();
        assertThat(marks.resolve("first.window")).doesNotExist();
    }

    @Test
    void aFolderOfThatNameThatIsALinkIsLeftAlone() throws Exception {
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        Files.createFile(elsewhere.resolve("someone.window"));
        Path marks = Files.createSymbolicLink(tmp.resolve("windows"), elsewhere);
        LiveWindows windows = new LiveWindows(marks);
        windows.hold("mine");
        assertThat(windows.gone()).isEmpty();
        assertThat(elsewhere.resolve("someone.window")).as("not taken for a gone window's and deleted").exists();
        assertThat(elsewhere.resolve("mine.window")).doesNotExist();
        windows.release();
    }
}
