package org.reviewdesk.formats.alphanode;

/** A line of the meta box with its 1-based line number in the file, for error messages. */
record MetaBoxLine(int number, String text) {
    boolean isBlank() {
        return text.isBlank();
    }

    boolean isBullet() {
        return text.stripLeading().startsWith(MetaBoxKeys.BULLET);
    }

    /** The text of a bullet item, after the bullet and one space. */
    String item() {
        String s = text.stripLeading().substring(MetaBoxKeys.BULLET.length());
        return s.startsWith(" ") ? s.substring(1) : s;
    }
}
