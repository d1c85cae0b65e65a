package org.reviewdesk.gui.library;

import java.util.function.Consumer;

/**
 * What the library's opening says it is doing ("upgrading the library…"), for a window built before the library is
 * open: the latest notice is kept, and told to a listener that comes later. Told on the opening's thread.
 */
final class OpeningNotices implements Consumer<String> {
    private String latest;
    private Consumer<String> listener;

    @Override
    public synchronized void accept(String notice) {
        latest = notice;
        if (listener != null) listener.accept(notice);
    }

    synchronized void listen(Consumer<String> newListener) {
        listener = newListener;
        if (latest != null) newListener.accept(latest);
    }
}
