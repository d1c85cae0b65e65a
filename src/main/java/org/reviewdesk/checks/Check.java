package org.reviewdesk.checks;

import java.util.List;

/** One editorial check. Implementations are stateless and safe to run from any thread. */
public interface Check {
    /** The stable id users switch off, dismiss and filter by; never changes once released. */
    String id();

    Severity defaultSeverity();

    /** The findings on the post of {@code ctx}, in any order; empty when all is well. */
    List<Finding> run(CheckContext ctx);
}
