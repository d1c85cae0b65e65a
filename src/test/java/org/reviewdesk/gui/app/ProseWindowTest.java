package org.reviewdesk.gui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.reviewdesk.gui.DeskWindowFixture;
import org.reviewdesk.gui.InMemoryLibrary;
import org.reviewdesk.gui.library.DeskLibraryAccess;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The status bar and the meta panel show the readability of the open post's prose, and follow typing; the tells of
 * machine-written prose are marked in the source, never in its code.
 */
@ExtendWith(ApplicationExtension.class)
class ProseWindowTest {
    // "The cat sat on the mat. It was happy." is 9 words, 2 sentences, 10 syllables: reading ease 108, 4.5 words a
    // sentence (checks.ProseReadabilityTest works it out); the code block does not count.
    private static final String BODY = "The cat sat on the mat. It was happy.\n\n```\nextraordinarilyComplicatedCall();\n```\n";
    private static final String DELVING = "Let us delve into caching.\n\n```\ndelve = 1\n```\n";
    private Path folder;
    private DeskLibraryAccess library;
    @RegisterExtension
    final DeskWindowFixture deskWindow = new DeskWindowFixture();
    private DeskWindow window;

    @Start
    void start(Stage stage) throws Exception {
        folder = Files.createTempDirectory("readability-window-test");
        library = DeskLibraryAccess.open(folder);
        java.util.concurrent.CompletableFuture.runAsync(() -> {
            library.create(InMemoryLibrary.post("Cats", BODY));
            library.create(InMemoryLibrary.post("Delving", DELVING));
        }).get(30, TimeUnit.SECONDS);
        window = deskWindow.show(stage, library, link -> { });
    }

    @AfterEach
    void tearDown() throws Exception {
        deskWindow.closeWindow();
        library.close();
        try (var files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(5, TimeUnit.SECONDS);
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(condition));
    }

    private String label(FxRobot robot, String id) throws Exception {
        return fx(() -> robot.lookup(id).tryQuery().map(n -> ((javafx.scene.control.Labeled) n).getText()).orElse(""));
    }

    @Test
    void theStatusBarShowsTheReadingEaseOfTheProseAndFollowsTyping(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#library-list").queryAs(ListView.class).getItems().size() == 2);
        DeskWindowFixture.click(robot, "Cats");
        waitUntil(() -> window.editor().area().getText().contains("The cat sat"));
        waitUntil(() -> label(robot, "#status-readability").equals("reading ease 108 \u00b7 4.5 words a sentence"));
        String classification = org.reviewdesk.gui.meta.MetaPanelView.groupId(org.reviewdesk.model.meta.MetaGroup.CLASSIFICATION);
        fx(() -> {
            window.meta().groups().stream().filter(p -> classification.equals(p.getId())).findFirst().orElseThrow()
                    .setExpanded(true);
            return true;
        });
        waitUntil(() -> label(robot, "#meta-readability").equals("reading ease 108 \u00b7 4.5 words a sentence"));

        robot.clickOn(window.editor().area());
        robot.push(KeyCode.CONTROL, KeyCode.HOME);
        // one more sentence of 7 words and 27 syllables (6 5 4 4 5 1 2): 16 words, 3 sentences, 37 syllables:
        // 206.835 - 1.015 * 16 / 3 - 84.6 * 37 / 16 = 5.78
        robot.write("Organizational considerations necessitate comprehensive documentation here today. ");
        waitUntil(() -> label(robot, "#status-readability").endsWith("5.3 words a sentence"));
        assertThat(label(robot, "#status-readability")).isEqualTo("reading ease 6 \u00b7 5.3 words a sentence");
    }

    @Test
    void aTellIsMarkedInTheProseWithItsMessageAndNotInTheCode(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#library-list").queryAs(ListView.class).getItems().size() == 2);
        DeskWindowFixture.click(robot, "Delving");
        waitUntil(() -> window.editor().area().getText().contains("Let us delve"));
        waitUntil(() -> !window.editor().marks("tells").isEmpty());
        var marks = fx(() -> window.editor().marks("tells"));
        assertThat(marks).singleElement().satisfies(m -> {
            assertThat(DELVING.substring(m.start(), m.end())).isEqualTo("delve");
            assertThat(m.start()).isEqualTo(DELVING.indexOf("delve"));
            assertThat(m.styleClass()).isEqualTo("mark-tell");
            assertThat(m.note()).contains("\"delve\"", "not a verdict");
        });
    }
}
