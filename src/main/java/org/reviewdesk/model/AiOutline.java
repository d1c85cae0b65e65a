package org.reviewdesk.model;

/** The AI outline group of the meta box. Each part may be absent (null). */
public record AiOutline(String context, String problem, String stack, String recommendedAction) {
    public static final AiOutline EMPTY = new AiOutline(null, null, null, null);

    public boolean isEmpty() {
        return context == null && problem == null && stack == null && recommendedAction == null;
    }
}
