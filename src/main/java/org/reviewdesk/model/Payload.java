package org.reviewdesk.model;

/** The generator's payload: where the draft came from and how it was made. Each part may be absent. */
public record Payload(String sourceId, String generator, Integer paragraphs, String scenario, Long seed) {
    public static final Payload EMPTY = new Payload(null, null, null, null, null);

    public Payload withParagraphs(Integer value) {
        return new Payload(sourceId, generator, value, scenario, seed);
    }

    public boolean isEmpty() {
        return sourceId == null && generator == null && paragraphs == null && scenario == null && seed == null;
    }
}
