package org.reviewdesk.gui.app;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.prefs.Preferences;

/**
 * What the window remembers between runs: its size, the divider positions, the theme, and per library
 * folder the last opened post. A node is passed in, so tests use their own and leave the user's alone.
 */
public final class WindowPrefs {
    private final Preferences node;

    public WindowPrefs(Preferences node) {
        this.node = node;
    }

    public static WindowPrefs forUser() {
        return new WindowPrefs(Preferences.userRoot().node("org/reviewdesk/desk"));
    }

    public record Bounds(double x, double y, double width, double height, boolean maximized) {
    }

    public Bounds bounds() {
        return new Bounds(node.getDouble("x", Double.NaN), node.getDouble("y", Double.NaN),
                node.getDouble("width", 1400), node.getDouble("height", 860), node.getBoolean("maximized", false));
    }

    public void saveBounds(Bounds b) {
        node.putDouble("x", b.x());
        node.putDouble("y", b.y());
        node.putDouble("width", b.width());
        node.putDouble("height", b.height());
        node.putBoolean("maximized", b.maximized());
    }

    /** The smallest share of the window's width a remembered layout may leave the list, the editor or the preview. */
    static final double MIN_PANE_SHARE = 0.08;
    private static final double[] DEFAULT_DIVIDERS = {0.24, 0.62};

    /**
     * Where the list, editor and preview divide the window. A remembered layout that would leave one of them
     * (nearly) closed, such as a divider at 0.998, which hides the preview with no sign of it,
     * gives way to the default.
     */
    public double[] dividers() {
        double first = node.getDouble("divider0", DEFAULT_DIVIDERS[0]);
        double second = node.getDouble("divider1", DEFAULT_DIVIDERS[1]);
        return everyPaneShows(first, second) ? new double[] {first, second} : DEFAULT_DIVIDERS.clone();
    }

    /**
     * How wide, in pixels, the panes were that {@link #dividers()} divided; NaN for the default layout. The list keeps
     * its width when the window grows, so the positions are those of the list only at this width.
     */
    public double dividersWidth() {
        boolean remembered = everyPaneShows(node.getDouble("divider0", -1), node.getDouble("divider1", -1));
        return remembered ? node.getDouble("dividersWidth", Double.NaN) : Double.NaN;
    }

    private static boolean everyPaneShows(double first, double second) {
        return first >= MIN_PANE_SHARE && second - first >= MIN_PANE_SHARE && 1 - second >= MIN_PANE_SHARE;
    }

    /** The divider positions of panes {@code width} pixels wide. */
    public void saveDividers(double[] positions, double width) {
        for (int i = 0; i < positions.length && i < 2; i++) node.putDouble("divider" + i, positions[i]);
        node.putDouble("dividersWidth", width);
    }

    public boolean darkTheme() {
        return node.getBoolean("dark", false);
    }

    public void saveDarkTheme(boolean dark) {
        node.putBoolean("dark", dark);
    }

    /** Minutes of editing between the automatic revisions of the open post; 0 keeps none. */
    public int autoRevisionMinutes() {
        return node.getInt("autoRevisionMinutes", (int) org.reviewdesk.service.AutoRevisions.DEFAULT_INTERVAL.toMinutes());
    }

    public void saveAutoRevisionMinutes(int minutes) {
        node.putInt("autoRevisionMinutes", Math.max(0, minutes));
    }

    /** The last post opened in the library at {@code folder}, or -1. */
    public long lastPost(Path folder) {
        return node.node("libraries").getLong(key(folder), -1);
    }

    public void saveLastPost(Path folder, long id) {
        node.node("libraries").putLong(key(folder), id);
    }

    public void flush() {
        try {
            node.flush();
        } catch (java.util.prefs.BackingStoreException e) {
            // Losing the window size is not worth an error dialog at exit.
        }
    }

    /** Preference keys are at most 80 characters; a path can be longer, its hash is not. */
    private static String key(Path folder) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(folder.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
