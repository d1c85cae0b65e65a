package org.reviewdesk.gui.bench;

import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.stage.Stage;
import org.reviewdesk.gui.InMemoryLibrary;
import org.reviewdesk.gui.app.DeskViewModel;
import org.reviewdesk.gui.app.DeskWindow;
import org.reviewdesk.gui.app.WindowPrefs;
import org.reviewdesk.gui.preview.PreviewRenderers;
import org.reviewdesk.gui.task.FxBackgroundExecutor;

/**
 * The window over an in-memory library, for looking at it (screenshots under Xvfb) without a store.
 * Pass {@code dark} as the first argument for the dark theme.
 */
public final class DeskShowcase {
    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    /** Not the main class itself: JavaFX on the class path refuses a main class that is an Application. */
    public static final class App extends Application {

    @Override
    public void start(Stage stage) {
        InMemoryLibrary library = new InMemoryLibrary();
        long first = library.create(InMemoryLibrary.post("Caching API responses with Redis", """
                # Caching API responses with Redis

                A read-heavy endpoint spends most of its time waiting on the database. A small cache in front of it
                turns **hundreds of milliseconds** into a few, as long as you decide *when an entry goes stale*.

                ## Why this matters

                - the p95 latency of the product page drops below 50 ms
                - the database stops being the bottleneck at peak
                - [ ] measure the hit rate for a week

                ## Implementation checklist

                1. Pick a key that includes every input of the response.
                2. Set a time to live that matches how often the data changes.
                3. Invalidate on write, not on a timer.

                ```python
                from redis import Redis
                cache = Redis()
                cache.set("product:42", payload, ex=300)
                ```

                | setting | value |
                | --- | --- |
                | ttl | 300 s |
                | max memory | 512 MB |

                Read [the Redis documentation](https://redis.io/docs/) before tuning eviction.

                ![Cache hit rate over a week](https://images.example.com/hit-rate.png)
                """));
        library.create(InMemoryLibrary.post("Kafka consumer lag explained", "# Kafka consumer lag\n\nWatch the lag per partition."));
        library.create(InMemoryLibrary.post("Zero-downtime Postgres migrations", "# Migrations\n\nAdd columns first."));
        library.create(InMemoryLibrary.post("Structured logging in Go", "# Logging\n\nUse slog."));
        library.create(InMemoryLibrary.post("Rate limiting with token buckets", "# Rate limiting\n\nBuckets refill."));
        FxBackgroundExecutor io = new FxBackgroundExecutor(1);
        FxBackgroundExecutor compute = new FxBackgroundExecutor(2);
        DeskViewModel desk = new DeskViewModel(library, io, compute, PreviewRenderers.standard());
        Preferences node = Preferences.userRoot().node("org/reviewdesk/showcase");
        WindowPrefs prefs = new WindowPrefs(node);
        prefs.saveDarkTheme(getParameters().getRaw().contains("dark"));
        prefs.saveBounds(new WindowPrefs.Bounds(0, 0, 1600, 1000, false));
        DeskWindow window = new DeskWindow(stage, desk, compute, prefs, new DeskWindow.Options(u -> { }, false));
        stage.show();
        desk.editor().open(first, () -> window.list().select(first));
    }
    }
}
