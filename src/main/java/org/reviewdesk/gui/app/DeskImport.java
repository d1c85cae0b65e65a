package org.reviewdesk.gui.app;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import org.reviewdesk.gui.library.ImportSummary;
import org.reviewdesk.gui.library.LibraryAccess;
import org.reviewdesk.gui.task.BackgroundExecutor;

/** An import of files from the window: one at a time, with its progress, then the checks of what it wrote. */
final class DeskImport {
    /** The progress a progress bar shows as "busy, amount unknown" (ProgressBar.INDETERMINATE_PROGRESS). */
    private static final double BUSY = -1;

    private final LibraryAccess library;
    private final BackgroundExecutor libraryExecutor;
    private final BackgroundExecutor computeExecutor;
    private final Runnable listChanged;
    private final Consumer<String> notice;
    private final ReadOnlyBooleanWrapper importing = new ReadOnlyBooleanWrapper(this, "importing");
    private final ReadOnlyDoubleWrapper importProgress = new ReadOnlyDoubleWrapper(this, "importProgress");

    DeskImport(LibraryAccess library, BackgroundExecutor libraryExecutor, BackgroundExecutor computeExecutor,
               Runnable listChanged, Consumer<String> notice) {
        this.library = library;
        this.libraryExecutor = libraryExecutor;
        this.computeExecutor = computeExecutor;
        this.listChanged = listChanged;
        this.notice = notice;
    }

    ReadOnlyBooleanProperty importingProperty() {
        return importing.getReadOnlyProperty();
    }

    /** From 0 to 1 while an import runs. */
    ReadOnlyDoubleProperty progressProperty() {
        return importProgress.getReadOnlyProperty();
    }

    /** Imports files in the background with progress; {@code done} receives the summary. */
    void importFiles(List<Path> files, Consumer<ImportSummary> done, Consumer<Throwable> failed) {
        if (files.isEmpty() || importing.get()) return;
        importing.set(true);
        importProgress.set(0);
        long[] mark = new long[1];
        libraryExecutor.submit(() -> {
            mark[0] = library.changeMark();
            return library.importFiles(files, (n, total) ->
                    // The last file in, the import may still build the queue's indexes: busy, not full.
                    libraryExecutor.onUiThread(() -> importProgress.set(n >= total ? BUSY : (double) n / total)));
        }, summary -> {
            listChanged.run();
            done.accept(summary);
            // Even when it wrote nothing: the mark may be older, owed by an import whose checks never finished.
            checkImported(mark[0]);
        }, e -> {
            importing.set(false);
            failed.accept(e);
        });
    }

    /**
     * Checks the posts an import wrote, beside the editor's own work: the queue's findings fill in as each few hundred
     * are stored, and the status bar's progress runs until the last.
     */
    private void checkImported(long mark) {
        importProgress.set(BUSY);
        computeExecutor.submit(() -> library.checkWrittenSince(mark, n -> { }), checked -> {
            importing.set(false);
            importProgress.set(1);
        }, e -> {
            importing.set(false);
            notice.accept("The imported posts could not be checked: " + e.getMessage());
        });
    }
}
