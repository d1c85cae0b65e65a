package org.reviewdesk.synth;

/** Fills the placeholders of a pool template with the subject of one post. */
record Wording(String problem, String stack, String scenario) {
    String fill(String template) {
        return template.replace("{problem}", problem).replace("{stack}", stack).replace("{scenario}", scenario);
    }

    String fill(String template, int n) {
        return fill(template).replace("{n}", Integer.toString(n));
    }
}
