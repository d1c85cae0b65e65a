package org.reviewdesk.gui.app;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.stage.Window;
import org.fxmisc.richtext.CodeArea;

/**
 * The window in a process of its own, for {@link TerminatedWindowTest}: it opens the post whose id it is given and types
 * a word into its source every 100 ms, so that the autosave (800 ms after the last change) never comes, printing
 * "typed wordN" once each word is in the editor, until the test ends the process.
 */
public final class TerminatedWindowChild {
    private TerminatedWindowChild() {
    }

    public static void main(String[] args) {
        long id = Long.parseLong(args[1]);
        Thread typist = new Thread(() -> {
            try {
                type(id);
            } catch (Exception e) {
                System.out.println("typist failed: " + e);
            }
        }, "typist");
        typist.setDaemon(true);
        typist.start();
        DeskLauncher.launch(Path.of(args[0]));
    }

    private static void type(long id) throws Exception {
        DeskViewModel desk;
        while ((desk = SaveOnTerminate.shown()) == null) Thread.sleep(50);
        CountDownLatch opened = new CountDownLatch(1);
        DeskViewModel shown = desk;
        Platform.runLater(() -> shown.editor().open(id, opened::countDown));
        if (!opened.await(60, TimeUnit.SECONDS)) throw new IllegalStateException("the post did not open");
        AtomicReference<CodeArea> area = new AtomicReference<>();
        while (area.get() == null) {
            onFx(() -> Window.getWindows().forEach(w -> {
                if (w.getScene() != null && w.getScene().lookup(".markdown-editor") instanceof CodeArea a && !a.isDisabled()) area.set(a);
            }));
            Thread.sleep(50);
        }
        for (int i = 1; ; i++) {
            String word = "word" + i;
            onFx(() -> area.get().appendText(" " + word));
            System.out.println("typed " + word);
            Thread.sleep(100);
        }
    }

    private static void onFx(Runnable r) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                r.run();
            } finally {
                done.countDown();
            }
        });
        done.await(10, TimeUnit.SECONDS);
    }
}
