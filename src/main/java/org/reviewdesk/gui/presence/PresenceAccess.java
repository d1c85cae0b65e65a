package org.reviewdesk.gui.presence;

import java.util.List;
import org.reviewdesk.model.library.PostPresence;

/** What the editor's note about the others asks of the library; every call is made in the background. */
public interface PresenceAccess {
    /** This window has post {@code postId} open (still, or now instead of another); returns the others on it. */
    List<PostPresence> beat(long postId);

    /** This window shows no post any more, or closes. */
    void leave();
}
