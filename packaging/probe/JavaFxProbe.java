import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.application.Platform;
import javafx.concurrent.Worker;
import javafx.scene.image.Image;
import javafx.scene.web.WebView;

/**
 * Run by packaging/check.sh with the installed application's own Java runtime and class path,
 * under Monocle's headless platform: proves that the jlink runtime carries every JDK module the
 * window needs (a missing one shows only when JavaFX starts, never on --version), that WebView,
 * the preview's engine, loads and runs its page, and that the stage icons are in the packaged jar.
 * Not part of the application: it lives beside the check that compiles it.
 */
public final class JavaFxProbe {
    private static final int[] ICON_SIZES = {16, 24, 32, 48, 64, 128, 256};

    public static void main(String[] args) throws Exception {
        CompletableFuture<String> result = new CompletableFuture<>();
        // A missing JDK module surfaces as a NoClassDefFoundError on the FX thread: end at once.
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> result.completeExceptionally(error));
        Platform.startup(() -> {
            try {
                checkIcons();
                WebView view = new WebView();
                view.getEngine().getLoadWorker().stateProperty().addListener((obs, old, state) -> {
                    if (state == Worker.State.SUCCEEDED) {
                        Object text = view.getEngine().executeScript("document.getElementById('probe').textContent");
                        result.complete("JavaFX " + System.getProperty("javafx.runtime.version")
                                + ": WebView ran its page (" + text + "), " + ICON_SIZES.length + " stage icons load");
                    } else if (state == Worker.State.FAILED) {
                        result.completeExceptionally(new IllegalStateException("WebView failed to load its page",
                                view.getEngine().getLoadWorker().getException()));
                    }
                });
                view.getEngine().loadContent("<p id='probe'>rendered</p>");
            } catch (RuntimeException | LinkageError e) {
                result.completeExceptionally(e);
            }
        });
        int status = 0;
        try {
            System.out.println(result.get(30, TimeUnit.SECONDS));
        } catch (ExecutionException e) {
            System.out.println("the JavaFX probe failed: " + e.getCause());
            status = 1;
        } catch (TimeoutException e) {
            System.out.println("JavaFX gave no answer within 30 s");
            status = 1;
        }
        Platform.exit();
        System.exit(status);
    }

    private static void checkIcons() {
        for (int size : ICON_SIZES) {
            String path = "/org/reviewdesk/icons/review-desk-" + size + ".png";
            var url = JavaFxProbe.class.getResource(path);
            if (url == null) {
                throw new IllegalStateException("stage icon " + path + " is not on the class path");
            }
            Image image = new Image(url.toExternalForm());
            if (image.isError() || image.getWidth() != size || image.getHeight() != size) {
                throw new IllegalStateException("stage icon " + path + " should be a " + size + "x" + size
                        + " PNG, but loads as " + image.getWidth() + "x" + image.getHeight()
                        + (image.isError() ? " (" + image.getException() + ")" : ""));
            }
        }
    }
}
