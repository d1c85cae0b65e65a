package org.reviewdesk.formats;

import java.util.Locale;

/** The formats Review Desk reads and writes (DESIGN.md, "Formats"). */
public enum Format {
    ALPHANODE("alphanode", "txt", true),
    SOCIAL("social", "txt", false),
    MARKDOWN("markdown", "md", true),
    JSON("json", "json", true),
    WXR("wxr", "xml", true);

    private final String id;
    private final String extension;
    private final boolean writable;

    Format(String id, String extension, boolean writable) {
        this.id = id;
        this.extension = extension;
        this.writable = writable;
    }

    /** The name used on the command line. */
    public String id() {
        return id;
    }

    public String extension() {
        return extension;
    }

    public boolean writable() {
        return writable;
    }

    public static Format parse(String name) {
        return parse(name, false);
    }

    /** As {@link #parse(String)}; {@code toWrite}: the message lists only the formats that can be written. */
    public static Format parse(String name, boolean toWrite) {
        for (Format f : values()) {
            if (f.id.equals(name.trim().toLowerCase(Locale.ROOT))) return f;
        }
        java.util.List<String> ids = java.util.Arrays.stream(values()).filter(f -> !toWrite || f.writable).map(Format::id).toList();
        throw new IllegalArgumentException("'" + name + "' is not a format (expected "
                + String.join(", ", ids.subList(0, ids.size() - 1)) + " or " + ids.get(ids.size() - 1) + ")");
    }
}
