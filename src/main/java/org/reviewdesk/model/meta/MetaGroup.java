package org.reviewdesk.model.meta;

/** The groups of the meta form, in the order it shows them; every meta field belongs to one. */
public enum MetaGroup {
    SUMMARY("Summary"),
    AI_OUTLINE("AI outline"),
    CLASSIFICATION("Classification"),
    SCORES("Scores"),
    REVISION("Revision"),
    FLAGS("Flags"),
    CHECKLIST("Checklist"),
    ENTITIES("Entities"),
    IMAGE_SOURCES("Image sources"),
    PAYLOAD("Payload"),
    NOTES("Notes"),
    /** The keys a reader kept as written, which no field describes. */
    OTHER_FIELDS("Other fields");

    private final String title;

    MetaGroup(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
