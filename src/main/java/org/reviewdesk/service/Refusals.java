package org.reviewdesk.service;

import java.util.Optional;
import org.reviewdesk.store.ValueRefusals;

/** What a front end says when the library refused a value a service let through (see {@link ValueRefusals}). */
public final class Refusals {
    private Refusals() {
    }

    /** The one-line refusal, if the library refused a value somewhere under {@code e}. */
    public static Optional<String> of(Throwable e) {
        return ValueRefusals.of(e);
    }
}
