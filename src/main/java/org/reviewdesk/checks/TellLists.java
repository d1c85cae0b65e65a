package org.reviewdesk.checks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.reviewdesk.model.library.TellOverride;

/**
 * The word and phrase lists of the tell checks: Review Desk's own lists (data files beside this class, one entry a
 * line, {@code #} comments), with a library's additions and switched-off entries applied. Immutable; the matcher of
 * each list is built once, when first asked for.
 */
public final class TellLists {
    public static final String OVERUSED_WORDS = "overused-words";
    public static final String STOCK_PHRASES = "stock-phrases";
    public static final String FILLER = "filler";
    public static final String ANNOUNCEMENT_HEADINGS = "announcement-headings";
    public static final String HEDGES = "hedges";
    public static final String CHAT_ARTIFACTS = "chat-artifacts";
    public static final List<String> NAMES = List.of(OVERUSED_WORDS, STOCK_PHRASES, FILLER, ANNOUNCEMENT_HEADINGS,
            HEDGES, CHAT_ARTIFACTS);

    /** One entry of a list; {@code standard} when it comes from Review Desk's own file, not the library. */
    public record Entry(String phrase, String replacement, boolean standard, boolean on) {
        public String key() {
            return TellOverride.key(phrase);
        }
    }

    private static final TellLists STANDARD = new TellLists(loadStandard());

    private final Map<String, List<Entry>> lists;
    private final Map<String, PhraseMatcher> matchers = new ConcurrentHashMap<>();

    private TellLists(Map<String, List<Entry>> lists) {
        this.lists = lists;
    }

    /** Review Desk's own lists, as shipped. */
    public static TellLists standard() {
        return STANDARD;
    }

    /** These lists with a library's changes: its entries added, its switched-off entries off. */
    public TellLists with(List<TellOverride> overrides) {
        if (overrides.isEmpty()) return this;
        Map<String, List<Entry>> changed = new LinkedHashMap<>();
        for (String name : NAMES) {
            List<Entry> entries = new ArrayList<>(lists.get(name));
            for (TellOverride o : overrides) {
                if (!o.list().equals(name)) continue;
                int at = indexOf(entries, o.key());
                if (at >= 0) {
                    Entry e = entries.get(at);
                    entries.set(at, new Entry(e.phrase(), o.replacement() != null ? o.replacement() : e.replacement(),
                            e.standard(), o.on()));
                } else {
                    entries.add(new Entry(o.phrase(), o.replacement(), false, o.on()));
                }
            }
            changed.put(name, List.copyOf(entries));
        }
        return new TellLists(changed);
    }

    private static int indexOf(List<Entry> entries, String key) {
        for (int i = 0; i < entries.size(); i++) if (entries.get(i).key().equals(key)) return i;
        return -1;
    }

    /** Every entry of a list, switched-off ones included. */
    public List<Entry> entries(String list) {
        List<Entry> entries = lists.get(list);
        if (entries == null) throw new IllegalArgumentException("no tell list '" + list + "'; the lists are " + String.join(", ", NAMES));
        return entries;
    }

    /** The matcher of a list's switched-on entries. */
    public PhraseMatcher matcher(String list) {
        return matchers.computeIfAbsent(list, name -> new PhraseMatcher(entries(name).stream().filter(Entry::on).toList()));
    }

    private static Map<String, List<Entry>> loadStandard() {
        Map<String, List<Entry>> lists = new LinkedHashMap<>();
        for (String name : NAMES) lists.put(name, List.copyOf(read(name)));
        return lists;
    }

    private static List<Entry> read(String name) {
        String resource = "tells/" + name + ".txt";
        try (InputStream in = TellLists.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("the tell list " + resource + " is missing from the build");
            List<Entry> entries = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                Entry e = parse(line);
                if (e != null) entries.add(e);
            }
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the tell list " + resource, e);
        }
    }

    /** A line of a list file: blank and {@code #} lines are nothing; "phrase -> replacement" or "phrase". */
    static Entry parse(String line) {
        String text = line.strip();
        if (text.isEmpty() || text.startsWith("#")) return null;
        int arrow = text.indexOf("->");
        if (arrow < 0) return new Entry(text, null, true, true);
        String replacement = text.substring(arrow + 2).strip();
        return new Entry(text.substring(0, arrow).strip(), replacement.isEmpty() ? null : replacement, true, true);
    }
}
