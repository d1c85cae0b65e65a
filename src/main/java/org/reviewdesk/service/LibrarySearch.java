package org.reviewdesk.service;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.reviewdesk.store.Library;
import org.reviewdesk.model.library.PostSummary;
import org.reviewdesk.store.search.SearchIndex;

/**
 * The library search of the window: the word index ({@link SearchIndex}, in the library folder's
 * {@value #FOLDER}) once it has caught up with the library, the library's own scan until then or when another
 * process keeps the index. {@link #start} builds or updates the index on a thread of its own; afterwards each
 * search first takes in the few posts changed since, so that a saved word is found at once.
 */
public final class LibrarySearch implements AutoCloseable {
    public static final String FOLDER = "search-index";
    private static final Logger LOG = Logger.getLogger(LibrarySearch.class.getName());
    /** More changes than this at a search (an import by another process) go to the background thread. */
    private static final int INLINE_CHANGES = 500;

    /** Where the index stands, for the window to say. */
    public enum State { NOT_STARTED, BUILDING, READY, UNAVAILABLE }

    private final Library library;
    private volatile SearchIndex index;
    private volatile State state = State.NOT_STARTED;
    private volatile int built;
    private final java.util.concurrent.locks.ReentrantLock catchingUp = new java.util.concurrent.locks.ReentrantLock();
    private Thread worker;
    private boolean wake;
    private boolean closed;

    LibrarySearch(Library library) {
        this.library = library;
    }

    /** Opens the index and brings it up to date in the background; later changes are taken in as they come. */
    public synchronized void start() {
        if (worker != null || closed) return;
        state = State.BUILDING;
        worker = new Thread(this::keepUp, "search-index");
        worker.setDaemon(true);
        worker.setPriority(Thread.MIN_PRIORITY);
        worker.start();
    }

    public State state() {
        return state;
    }

    /** Posts indexed so far by the catch-up that is running (while {@link State#BUILDING}). */
    public int built() {
        return built;
    }

    /** The library changed (the window saw its change stamp move): index what changed. */
    public synchronized void changed() {
        wake = true;
        notifyAll();
    }

    private void keepUp() {
        try {
            index = SearchIndex.open(library.folder().resolve(FOLDER));
        } catch (IOException | RuntimeException e) {
            // Most often a second window on the same library, which keeps the index: search by scanning instead.
            LOG.log(Level.INFO, "the search index in " + library.folder().resolve(FOLDER) + " is not available", e);
            state = State.UNAVAILABLE;
            return;
        }
        while (true) {
            try {
                synchronized (this) {
                    if (closed) return;
                }
                catchUp(Integer.MAX_VALUE);
                index.commit();
                if (index.size() != library.posts().count()) {
                    // Posts emptied from the trash by another process leave the index without passing through it.
                    index.retainOnly(new HashSet<>(library.posts().ids()));
                }
                state = State.READY;
                synchronized (this) {
                    while (!wake && !closed) wait();
                    wake = false;
                    if (closed) return;
                }
            } catch (InterruptedException e) {
                return;
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "the search index could not be updated; searching by scanning", e);
                state = State.UNAVAILABLE;
                return;
            }
        }
    }

    /** Indexes what changed, at most about {@code max} posts; true when nothing is left. */
    private boolean catchUp(int max) throws IOException {
        catchingUp.lock();
        try {
            return index.catchUp(library.posts(), n -> built = n, max) < max;
        } finally {
            catchingUp.unlock();
        }
    }

    /** Title, topic, reference and body: every word of the text starts a word there; in title order. */
    public List<PostSummary> search(String text, int offset, int limit) {
        if (text == null || text.isBlank() || !usable()) return library.posts().search(text, offset, limit);
        return library.posts().summaries(index.search(text, offset, limit));
    }

    public int count(String text) {
        if (text == null || text.isBlank() || !usable()) return library.posts().count(text);
        return index.count(text);
    }

    /**
     * Ready, and caught up with the few changes since the last search; otherwise the scan answers. A search never
     * waits for the background thread: while that takes in a large change, the scan answers.
     */
    private boolean usable() {
        if (state != State.READY || !catchingUp.tryLock()) return false;
        try {
            if (index.catchUp(library.posts(), n -> { }, INLINE_CHANGES) < INLINE_CHANGES) return true;
            changed();
            return false;
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "the search index could not be updated; searching by scanning", e);
            return false;
        } finally {
            catchingUp.unlock();
        }
    }

    @Override
    public void close() {
        Thread running;
        synchronized (this) {
            if (closed) return;
            closed = true;
            notifyAll();
            running = worker;
        }
        if (running != null) {
            try {
                running.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        SearchIndex open = index;
        if (open != null) {
            try {
                open.commit();
                open.close();
            } catch (IOException e) {
                LOG.log(Level.WARNING, "the search index could not be closed cleanly; it is built again when needed", e);
            }
        }
    }
}
