package org.reviewdesk.gui.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import netscape.javascript.JSObject;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.reviewdesk.gui.DeskWindowFixture;
import org.junit.jupiter.api.extension.ExtendWith;
import java.nio.file.Files;
import java.nio.file.Path;
import org.reviewdesk.gui.InMemoryLibrary;
import org.reviewdesk.gui.library.DeskLibraryAccess;
import org.reviewdesk.gui.library.PostRow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.w3c.dom.Element;

/** Real interaction with the window over a real library in a temporary folder. */
@ExtendWith(ApplicationExtension.class)
class DeskWindowTest {
    private Path folder;
    private DeskLibraryAccess library;
    private final List<String> openedLinks = new CopyOnWriteArrayList<>();
    @RegisterExtension
    final DeskWindowFixture deskWindow = new DeskWindowFixture();
    private DeskWindow window;
    private long cachingId;
    private String port = "0";
    private HttpServer server;
    private final AtomicInteger imageRequests = new AtomicInteger();

    @Start
    void start(Stage stage) throws Exception {
        folder = Files.createTempDirectory("desk-window-test");
        library = DeskLibraryAccess.open(folder);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            imageRequests.incrementAndGet();
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
        port = Integer.toString(server.getAddress().getPort());
        // The fixture is written off the FX thread, where the window itself never touches the library either.
        java.util.concurrent.CompletableFuture.runAsync(() -> {
            cachingId = library.create(InMemoryLibrary.post("Caching with Redis",
                    "# Caching with Redis\n\nStart with the query.\n\nRead [the docs](https://redis.io/docs) first."));
            library.create(InMemoryLibrary.post("Kafka consumer lag", "# Kafka\n\nWatch the lag."));
            StringBuilder longBody = new StringBuilder("# Long read\n\n");
            for (int i = 1; i <= 120; i++) longBody.append("Paragraph number ").append(i).append(" of the long read.\n\n");
            library.create(InMemoryLibrary.post("Long read", longBody.toString()));
            library.create(InMemoryLibrary.post("Images", "# Images\n\n![Local diagram](http://127.0.0.1:" + port
                    + "/diagram.png)\n\n<img src=\"http://127.0.0.1:" + port + "/raw.png\" alt=\"raw\">"));
        }).get(30, TimeUnit.SECONDS);
        window = deskWindow.show(stage, library, openedLinks::add);
    }

    @AfterEach
    void tearDown() throws Exception {
        // Close as the user would: the last save, then the window remembers itself, then the library closes.
        deskWindow.closeWindow();
        server.stop(0);
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

    private String previewText() throws Exception {
        return fx(() -> {
            Element content = window.preview().engine().getDocument() == null ? null
                    : window.preview().engine().getDocument().getElementById("rd-content");
            return content == null ? "" : content.getTextContent();
        });
    }

    private void openFromList(FxRobot robot, String title) throws Exception {
        waitUntil(() -> robot.lookup("#library-list").queryAs(ListView.class).getItems().size() >= 4);
        waitUntil(() -> DeskWindowFixture.present(robot, title));
        robot.clickOn(title);
        waitUntil(() -> window.editor().area().getText().contains(title.split(" ")[0]));
    }

    @Test
    void typingInAnOpenedPostShowsInThePreview(FxRobot robot) throws Exception {
        openFromList(robot, "Caching with Redis");
        waitUntil(() -> previewText().contains("Start with the query."));

        robot.clickOn(window.editor().area());
        robot.push(KeyCode.CONTROL, KeyCode.END);
        robot.write("\n\nEvict stale keys.");

        waitUntil(() -> previewText().contains("Evict stale keys."));
        assertThat(robot.lookup("#status-words").queryLabeled().getText()).contains("words");
        // Read from the library on the test's thread: the FX thread never waits on it.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> library.open(cachingId).post().body().endsWith("Evict stale keys."));
        waitUntil(() -> robot.lookup("#status-saved").queryLabeled().getText().equals("Saved"));
    }

    @Test
    void searchNarrowsTheList(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#library-list").queryAs(ListView.class).getItems().size() == 4);

        robot.clickOn("#library-search").write("kafka");

        waitUntil(() -> robot.lookup("#library-list").queryAs(ListView.class).getItems().size() == 1);
        @SuppressWarnings("unchecked")
        ListView<PostRow> list = robot.lookup("#library-list").queryAs(ListView.class);
        assertThat(list.getItems().get(0).title()).isEqualTo("Kafka consumer lag");
        assertThat(robot.lookup("#library-count").queryLabeled().getText()).isEqualTo("1 of 4");
    }

    @Test
    void clickingALinkInThePreviewOpensTheBrowserAndNotThePreview(FxRobot robot) throws Exception {
        openFromList(robot, "Caching with Redis");
        waitUntil(() -> previewText().contains("the docs"));
        List<String> navigation = new CopyOnWriteArrayList<>();
        double[] at = fx(() -> {
            var engine = window.preview().engine();
            assertThat(engine.getLoadWorker().getState()).isEqualTo(javafx.concurrent.Worker.State.SUCCEEDED);
            // Every move of the engine, even one the view's safety net would undo at once.
            engine.locationProperty().addListener((o, was, now) -> navigation.add("location " + now));
            engine.getLoadWorker().stateProperty().addListener((o, was, now) -> navigation.add("load " + now));
            JSObject anchor = (JSObject) engine.getDocument().getElementsByTagName("a").item(0);
            JSObject box = (JSObject) anchor.call("getBoundingClientRect");
            return new double[] {((Number) box.getMember("left")).doubleValue() + 5, ((Number) box.getMember("top")).doubleValue() + 5};
        });
        javafx.geometry.Point2D screen = fx(() -> window.preview().getNode().localToScreen(at[0], at[1]));

        robot.clickOn(screen);

        waitUntil(() -> !openedLinks.isEmpty());
        // The click's default action (a navigation) would run on the FX thread right after the callback: let it.
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(openedLinks).containsExactly("https://redis.io/docs");
        assertThat(navigation).as("the preview never started to navigate").isEmpty();
        assertThat(previewText()).contains("Start with the query.");
    }

    @Test
    void noImageIsRequestedUntilRemoteImagesAreTurnedOn(FxRobot robot) throws Exception {
        openFromList(robot, "Images");
        // The heading, not a caption: the test must not depend on the placeholders it checks.
        waitUntil(() -> previewText().startsWith("Images")
                && window.preview().engine().getLoadWorker().getState() == javafx.concurrent.Worker.State.SUCCEEDED);

        assertThat(fx(() -> content().getElementsByTagName("img").getLength())).as("no <img> in the page").isZero();
        assertThat(placeholders()).containsExactly("Image: Local diagram \u2014 127.0.0.1", "Image: raw \u2014 127.0.0.1");
        assertThat(imageRequests.get()).isZero();

        robot.clickOn("#remote-images");

        waitUntil(() -> content() != null && content().getElementsByTagName("img").getLength() == 2);
        assertThat(placeholders()).isEmpty();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> imageRequests.get() > 0);
    }

    private Element content() {
        var doc = window.preview().engine().getDocument();
        return doc == null ? null : doc.getElementById("rd-content");
    }

    private List<String> placeholders() throws Exception {
        return fx(() -> {
            List<String> texts = new java.util.ArrayList<>();
            var spans = content().getElementsByTagName("span");
            for (int i = 0; i < spans.getLength(); i++) {
                Element span = (Element) spans.item(i);
                if ((" " + span.getAttribute("class") + " ").contains(" " + org.reviewdesk.markdown.PreviewDom.IMAGE_PLACEHOLDER_CLASS + " ")) {
                    texts.add(span.getTextContent());
                }
            }
            return texts;
        });
    }

    @Test
    void aClickOnAPreviewBlockPutsTheCaretOnItsSourceLine(FxRobot robot) throws Exception {
        openFromList(robot, "Caching with Redis");
        waitUntil(() -> previewText().contains("Start with the query."));
        double[] at = fx(() -> {
            JSObject p = (JSObject) ((JSObject) window.preview().engine().getDocument()).call("querySelector", "[data-line=\"3\"]");
            JSObject box = (JSObject) p.call("getBoundingClientRect");
            return new double[] {((Number) box.getMember("left")).doubleValue() + 3, ((Number) box.getMember("top")).doubleValue() + 3};
        });
        javafx.geometry.Point2D screen = fx(() -> window.preview().getNode().localToScreen(at[0], at[1]));

        robot.clickOn(screen);

        CodeArea area = window.editor().area();
        waitUntil(() -> area.getCurrentParagraph() == 2);
    }

    @Test
    void scrollingTheEditorScrollsThePreviewAndTypingKeepsItsPosition(FxRobot robot) throws Exception {
        openFromList(robot, "Long read");
        waitUntil(() -> previewText().contains("Paragraph number 120"));
        CodeArea area = window.editor().area();

        robot.interact(() -> area.showParagraphAtTop(160));

        // Line 161 is "Paragraph number 80"; its block must reach the top of the preview.
        waitUntil(() -> topBlockLine() == 161);
        double scrolled = fx(() -> ((Number) window.preview().engine().executeScript("window.scrollY")).doubleValue());
        assertThat(scrolled).isPositive();

        robot.interact(() -> area.insertText(area.getLength(), "\n\nOne more paragraph at the end."));
        waitUntil(() -> previewText().contains("One more paragraph at the end."));
        assertThat(fx(() -> ((Number) window.preview().engine().executeScript("window.scrollY")).doubleValue()))
                .isEqualTo(scrolled);
    }

    @Test
    void editsInTheMiddleOfALongPostAreHighlightedWhereTheyAre(FxRobot robot) throws Exception {
        openFromList(robot, "Long read");
        CodeArea area = window.editor().area();
        waitUntil(() -> area.getStyleOfChar(0, 0).contains("md-heading"));
        int paragraph40 = 80;
        robot.interact(() -> {
            area.moveTo(paragraph40, 0);
            area.requestFollowCaret();
            area.requestFocus();
        });

        robot.write("# ");

        waitUntil(() -> area.getStyleOfChar(paragraph40, 4).contains("md-heading"));
        assertThat(fx(() -> area.getStyleOfChar(paragraph40 + 2, 4))).doesNotContain("md-heading");

        // A fence opened below it turns every later line into code, the last one included.
        robot.interact(() -> area.moveTo(paragraph40 + 2, 0));
        robot.write("```\n");

        int last = fx(() -> area.getText().substring(0, area.getText().indexOf("Paragraph number 120 "))
                .split("\n", -1).length - 1);
        waitUntil(() -> area.getStyleOfChar(last, 4).contains("md-code-block"));
        assertThat(fx(() -> area.getStyleOfChar(paragraph40, 4))).contains("md-heading");
        assertThat(fx(() -> area.getStyleOfChar(paragraph40 - 2, 4))).isEmpty();
    }

    /** The data-line of the first block whose top is at or below the top of the preview. */
    private int topBlockLine() throws Exception {
        return fx(() -> {
            Object v = window.preview().engine().executeScript(
                    "(function(){var bs=document.querySelectorAll('[data-line]');for(var i=0;i<bs.length;i++){"
                            + "if(bs[i].getBoundingClientRect().top>=-1)return parseInt(bs[i].getAttribute('data-line'));}return -1;})()");
            return ((Number) v).intValue();
        });
    }

    @Test
    void shortcutsFormatTheSelectionAndFindCountsMatches(FxRobot robot) throws Exception {
        openFromList(robot, "Caching with Redis");
        CodeArea area = window.editor().area();
        robot.clickOn(area);
        robot.interact(() -> area.selectRange(area.getText().indexOf("query"), area.getText().indexOf("query") + 5));

        robot.press(KeyCode.CONTROL, KeyCode.B).release(KeyCode.B, KeyCode.CONTROL);

        waitUntil(() -> area.getText().contains("Start with the **query**."));
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitUntil(() -> area.getText().contains("Start with the query."));

        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        robot.write("the");

        waitUntil(() -> robot.lookup("#find-count").queryLabeled().getText().endsWith("of 2"));
    }
}
