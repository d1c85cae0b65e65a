package org.reviewdesk.gui.presence;

import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.reviewdesk.gui.task.BackgroundExecutor;
import org.reviewdesk.model.library.PostPresence;
import org.reviewdesk.service.PresenceService;

/**
 * The note above the editor about who else has its post open ("Also open: Ben on lab-2, since 10:42"): while the
 * editor shows a post, a heartbeat every {@link PresenceService#HEARTBEAT} says so to the library and brings back the
 * others; leaving the post or closing the window says that too. Advisory: the note blocks nothing.
 */
public final class PresenceViewModel {
    public static final Duration HEARTBEAT = PresenceService.HEARTBEAT;
    /** More names than this become "and N more": the note is one short line. */
    private static final int NAMES_SHOWN = 3;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final PresenceAccess access;
    private final BackgroundExecutor executor;
    private final ZoneId zone;
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper(this, "note", "");
    private long postId = -1;
    private BackgroundExecutor.Cancellable nextBeat;

    /** Times in the note are in {@code zone}, the user's own. */
    public PresenceViewModel(PresenceAccess access, BackgroundExecutor libraryExecutor, ZoneId zone) {
        this.access = access;
        this.executor = libraryExecutor;
        this.zone = zone;
    }

    /** "Also open: …", or "" while nobody else has the post open (or it is not known, the library being away). */
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    /** The editor shows post {@code id} now, or none ({@code -1}). */
    public void show(long id) {
        if (id == postId) return;
        cancelBeat();
        postId = id;
        note.set("");
        if (id >= 0) beat();
        else leave();
    }

    /** The window closes: the others' notes drop it. */
    public void stop() {
        cancelBeat();
        if (postId >= 0) leave();
        postId = -1;
        note.set("");
    }

    private void beat() {
        long id = postId;
        nextBeat = executor.schedule(HEARTBEAT, this::beat);
        executor.submit(() -> access.beat(id), others -> {
            if (id == postId) note.set(text(others));
        }, e -> {
            if (id == postId) note.set("");
        });
    }

    private void leave() {
        executor.submit(() -> {
            access.leave();
            return true;
        }, done -> { }, e -> { });
    }

    private void cancelBeat() {
        if (nextBeat != null) nextBeat.cancel();
        nextBeat = null;
    }

    /** One name per person and computer, from when they first opened it; the earliest first. */
    private String text(List<PostPresence> others) {
        if (others.isEmpty()) return "";
        Map<String, PostPresence> first = new LinkedHashMap<>();
        for (PostPresence p : others) first.putIfAbsent(p.userName() + "\n" + p.host(), p);
        List<String> names = new ArrayList<>();
        for (PostPresence p : first.values()) {
            if (names.size() == NAMES_SHOWN) break;
            names.add(p.userName() + " on " + p.host() + ", since " + TIME.format(p.openedAt().atZone(zone)));
        }
        int more = first.size() - names.size();
        return "Also open: " + String.join("; ", names) + (more > 0 ? "; and " + more + " more" : "");
    }
}
