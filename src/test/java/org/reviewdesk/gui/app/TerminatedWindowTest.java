package org.reviewdesk.gui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reviewdesk.service.Desk;
import org.reviewdesk.synth.PostSynthesizer;

/**
 * A window ended by SIGTERM (a logout, a shutdown, {@code kill}) while someone types, before any autosave: the next
 * start finds every word that was in the editor. A real window in a process of its own, ended by a real signal.
 */
class TerminatedWindowTest {
    private static final List<String> WINDOW_PROPERTIES = List.of("testfx.robot", "testfx.headless", "prism.order", "prism.text",
            "glass.platform", "monocle.platform", "java.awt.headless", "reviewdesk.fxThreadGuard");
    private static final int WORDS = 8;

    @TempDir
    Path tmp;

    @Test
    void whatWasTypedSinceTheLastSaveIsSavedWhenTheWindowIsEndedBySigterm() throws Exception {
        Path folder = tmp.resolve("library");
        var post = new PostSynthesizer(5).post(0);
        long id;
        try (Desk desk = Desk.open(folder)) {
            desk.library().posts().importPosts(List.of(post), false);
            id = desk.posts().byReference(post.reference()).id();
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-Djava.util.prefs.userRoot=" + tmp.resolve("prefs")));
        for (String p : WINDOW_PROPERTIES) {
            if (System.getProperty(p) != null) command.add("-D" + p + "=" + System.getProperty(p));
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), TerminatedWindowChild.class.getName(),
                folder.toString(), Long.toString(id)));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        // A child that never types (its window did not come up) is ended, so that the reading below ends too.
        java.util.concurrent.CompletableFuture.delayedExecutor(2, TimeUnit.MINUTES).execute(child::destroyForcibly);
        List<String> output = new ArrayList<>();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            String line;
            while ((line = out.readLine()) != null) {
                output.add(line);
                if (line.equals("typed word" + WORDS)) break;
            }
            assertThat(line).as("the child typed: " + output).isEqualTo("typed word" + WORDS);
            child.toHandle().destroy(); // SIGTERM, leaving the child's output open to read (Process.destroy closes it)
            while ((line = out.readLine()) != null) output.add(line); // until the child is gone
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).as("the window ended within a minute").isTrue();
            assertThat(child.exitValue()).as("the status of a process ended by SIGTERM").isEqualTo(143);
        } finally {
            child.destroyForcibly();
        }
        assertThat(output).as("the hook's own complaints").noneMatch(l -> l.startsWith("review-desk:"));

        try (Desk desk = Desk.open(folder)) {
            String body = desk.posts().byReference(post.reference()).post().body();
            StringBuilder typed = new StringBuilder();
            for (int i = 1; i <= WORDS; i++) typed.append(" word").append(i);
            assertThat(body).as("every word typed before the signal, saved").contains(typed);
        }
    }
}
