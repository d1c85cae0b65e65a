package org.reviewdesk.gui.presence;

import java.util.List;
import java.util.function.Supplier;
import org.reviewdesk.model.library.PostPresence;
import org.reviewdesk.service.Desk;

/** Presence in the real library, through its presence service. */
public final class DeskPresenceAccess implements PresenceAccess {
    private final Supplier<Desk> desk;

    /** Over a desk that may still be opening: each call, made in the background, waits for it. */
    public DeskPresenceAccess(Supplier<Desk> desk) {
        this.desk = desk;
    }

    @Override
    public List<PostPresence> beat(long postId) {
        return desk.get().presence().beat(postId);
    }

    @Override
    public void leave() {
        desk.get().presence().leave();
    }
}
