package org.reviewdesk.gui.editor;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;
import org.reviewdesk.gui.library.LibraryAccess;
import org.reviewdesk.gui.library.NewReferences;
import org.reviewdesk.gui.task.BackgroundExecutor;
import org.reviewdesk.gui.task.Failures;
import org.reviewdesk.model.FieldDrafts;
import org.reviewdesk.model.Post;

/**
 * The text of a save that lost the race to another writer, kept as a new post and saved at once, with the text of
 * its meta fields that break their rule, so that it survives whatever happens next.
 */
final class KeptCopy {
    private final LibraryAccess library;
    private final BackgroundExecutor executor;

    KeptCopy(LibraryAccess library, BackgroundExecutor executor) {
        this.library = library;
        this.executor = executor;
    }

    /**
     * Creates the copy of {@code mine}, titled with the time; then {@code created} runs and {@code notice} tells the
     * user where their text went, or, when even the copy fails, gives them the text to copy by hand.
     */
    void keep(Post mine, FieldDrafts myDrafts, Runnable created, Consumer<String> notice) {
        String stamp = LocalTime.now().format(DateTimeFormatter.ofPattern("HH:mm:ss"));
        Post copy = new Post(mine.title() + " (my edit " + stamp + ")", mine.body(),
                mine.meta().toBuilder().reference(NewReferences.fresh()).build());
        executor.submit(() -> {
            long id = library.create(copy);
            if (!myDrafts.isEmpty()) library.save(id, library.open(id).rowVersion(), copy, myDrafts);
            return id;
        }, id -> {
            created.run();
            notice.accept("Someone else saved \"" + mine.title() + "\" while you were editing it. "
                    + "The editor now shows their version; your text is kept as the new post \"" + copy.title() + "\".");
        }, e -> notice.accept("Someone else saved \"" + mine.title() + "\" first, and your text could not be "
                + "kept as a copy (" + Failures.message(e) + "). Copy it from here:\n\n" + mine.body()));
    }
}
