package org.reviewdesk.model.meta;

/** A key of the meta box itself: a field, or a section of sub keys. */
public sealed interface MetaKey permits MetaField, MetaSection {
    /** Its key in canonical JSON. */
    String path();

    /** Its key in the alphanode meta box. */
    String boxKey();
}
