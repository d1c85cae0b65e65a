package org.reviewdesk.gui.meta;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.reviewdesk.checks.BodyStructure;
import org.reviewdesk.model.Entity;
import org.reviewdesk.model.FieldDrafts;
import org.reviewdesk.model.ImageSource;
import org.reviewdesk.model.Meta;
import org.reviewdesk.model.meta.MetaField;
import org.reviewdesk.model.meta.MetaFields;
import org.reviewdesk.model.meta.MetaKind;
import org.reviewdesk.model.validation.FieldProblem;

/**
 * The meta form's state as plain properties, named by the canonical JSON path of each field
 * ({@code score.freshness}, {@code revision.version}); no control in sight, so it is tested without the toolkit.
 *
 * <p>What a field holds: text fields hold the text as typed, null for an absent field (the view turns an
 * emptied field into null, so clearing a field removes it); number, date and version fields also hold text,
 * so that a wrong value can be shown with its problem instead of being refused. {@link #toMeta()} turns the
 * properties back into a {@link Meta}: a field the user did not touch comes back exactly as loaded, an
 * absent list or group stays absent until something is put into it, and a value that breaks a hard rule
 * (a score of 150) leaves the field's last saved value in place ({@link #saved}) while the problem is shown;
 * the text as typed goes with every change as a {@link FieldDrafts field draft}, which the editor saves beside
 * the meta box and {@link #load} shows again.
 *
 * <p>Every change is handed to {@link #setOnEdit} (the editor saves it with the body) and can be undone
 * with {@link #undo()}; consecutive changes of one field are one undo step.
 *
 * <p>{@link #hasErrors()} is true while any rule is broken; the post can still be saved as a draft. Marking it
 * reviewed is refused by service.ReviewService on the same rules (model.validation.MetaRules) of the stored post.
 */
public final class MetaPanelViewModel {
    /** The text fields, by JSON path, in the order the form shows them: the post's title, then the meta box's. */
    public static final List<String> TEXT_FIELDS = Stream.concat(Stream.of("title"), paths(MetaKind::isText)).toList();
    public static final List<String> SCORE_FIELDS = paths(k -> k == MetaKind.SCORE).toList();
    public static final List<String> FLAG_FIELDS = paths(k -> k == MetaKind.BOOLEAN).toList();
    public static final List<String> LIST_FIELDS = paths(k -> k == MetaKind.STRING_LIST).toList();
    private static final String ENTITIES = MetaFields.ENTITY_LIST_FIELD.path();
    private static final String IMAGE_SOURCES = MetaFields.IMAGE_SOURCE_LIST_FIELD.path();

    private final Map<String, StringProperty> texts = new LinkedHashMap<>();
    private final Map<String, ObjectProperty<Boolean>> flags = new LinkedHashMap<>();
    private final Map<String, ObservableList<String>> lists = new LinkedHashMap<>();
    private final ObservableList<EntityRow> entities = FXCollections.observableArrayList();
    private final ObservableList<ImageSourceRow> imageSources = FXCollections.observableArrayList();
    private final ObservableList<ExtraRow> extra = FXCollections.observableArrayList();
    private final BooleanProperty payloadUnlocked = new SimpleBooleanProperty(this, "payloadUnlocked");
    private final BooleanProperty loaded = new SimpleBooleanProperty(this, "loaded");

    private final BodyFigures body = new BodyFigures();
    private final MetaSuggestions suggestions = new MetaSuggestions();

    private final ObservableList<FieldProblem> problems = FXCollections.observableArrayList();
    private final BooleanBinding hasErrors = Bindings.isNotEmpty(problems);
    private final StringBinding problemSummary = Bindings.createStringBinding(() -> MetaProblems.summary(problems), problems);
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");

    private final Deque<FormSnapshot> undoSteps = new ArrayDeque<>();
    private EditListener onEdit = (title, meta, drafts) -> { };
    /**
     * What was loaded, saved since, or restored by undo: absent lists and groups, and the values a broken field
     * falls back to.
     */
    private Meta base = Meta.EMPTY;
    private FormSnapshot current = new FormSnapshot("", Meta.EMPTY, FieldDrafts.NONE);
    private String lastEditedField;
    private boolean loading;

    /** The title, meta box and field drafts the form holds at one moment: one undo step. */
    public record FormSnapshot(String title, Meta meta, FieldDrafts drafts) {
    }

    /** Receives the form after a change: what the editor saves. */
    @FunctionalInterface
    public interface EditListener {
        void edited(String title, Meta meta, FieldDrafts drafts);
    }

    public MetaPanelViewModel() {
        for (String f : TEXT_FIELDS) {
            StringProperty p = new SimpleStringProperty(this, f);
            p.addListener((o, was, now) -> edited(f));
            texts.put(f, p);
        }
        for (String f : FLAG_FIELDS) {
            ObjectProperty<Boolean> p = new SimpleObjectProperty<>(this, f);
            p.addListener((o, was, now) -> edited(f));
            flags.put(f, p);
        }
        for (String f : LIST_FIELDS) {
            ObservableList<String> l = FXCollections.observableArrayList();
            l.addListener((ListChangeListener<String>) c -> edited(f));
            lists.put(f, l);
        }
        entities.addListener((ListChangeListener<EntityRow>) c -> edited(ENTITIES));
        imageSources.addListener((ListChangeListener<ImageSourceRow>) c -> edited(IMAGE_SOURCES));
        extra.addListener((ListChangeListener<ExtraRow>) c -> edited("extra"));
    }

    /**
     * Shows a post's title and meta box, and in the fields that have a draft the text typed there; forgets the undo
     * history of the previous post.
     */
    public void load(String title, Meta meta, FieldDrafts drafts) {
        loaded.set(true);
        fill(new FormSnapshot(title, meta, drafts));
        undoSteps.clear();
        canUndo.set(false);
        payloadUnlocked.set(false);
    }

    /** Shows a post that has no field drafts. */
    public void load(String title, Meta meta) {
        load(title, meta, FieldDrafts.NONE);
    }

    /** Shows a meta box without a title (tests and callers that edit the meta box alone). */
    public void load(Meta meta) {
        load("", meta);
    }

    /** Nothing open: an empty, disabled form. */
    public void clear() {
        loaded.set(false);
        load("", Meta.EMPTY);
        loaded.set(false);
        problems.clear();
    }

    private void fill(FormSnapshot snapshot) {
        loading = true;
        try {
            base = snapshot.meta();
            MetaFormMapping.fill(snapshot, texts, flags, lists);
            snapshot.drafts().byField().forEach((field, raw) -> {
                if (texts.containsKey(field)) texts.get(field).set(raw);
            });
            Meta m = snapshot.meta();
            entities.setAll(m.entities() == null ? List.of()
                    : m.entities().stream().map(e -> new EntityRow(e, () -> edited(ENTITIES))).toList());
            imageSources.setAll(m.imageSources() == null ? List.of()
                    : m.imageSources().stream().map(i -> new ImageSourceRow(i, () -> edited(IMAGE_SOURCES))).toList());
            extra.setAll(m.extra().entrySet().stream()
                    .map(e -> new ExtraRow(e.getKey(), e.getValue(), () -> edited("extra"))).toList());
        } finally {
            loading = false;
        }
        current = snapshot();
        lastEditedField = null;
        revalidate();
    }

    /** The meta box as the form holds it now (see the class comment for what each kind of field becomes). */
    public Meta toMeta() {
        return MetaFormMapping.toMeta(base, texts, flags, lists,
                entities.stream().map(EntityRow::toEntity).toList(),
                imageSources.stream().map(ImageSourceRow::toImageSource).toList(),
                extraMap());
    }

    public String title() {
        String t = texts.get("title").get();
        return t == null ? "" : t;
    }

    private Map<String, Object> extraMap() {
        Map<String, Object> out = new LinkedHashMap<>();
        for (ExtraRow row : extra) {
            String key = row.keyProperty().get();
            // A row without a key is shown as a problem and waits for its key; it is not stored as "".
            if (key != null && !key.isBlank() && !out.containsKey(key)) out.put(key, row.toValue());
        }
        return out;
    }

    private FormSnapshot snapshot() {
        return new FormSnapshot(title(), toMeta(), MetaProblems.drafts(texts));
    }

    /** The text of the fields the meta box cannot hold now, by JSON path, in the form's order. */
    public FieldDrafts fieldDrafts() {
        return current.drafts();
    }

    /**
     * The editor stored {@code meta}: from now on a field whose text breaks its rule falls back to the value saved
     * there, never to the value loaded before it. Not to the last valid value typed either: typing 600 passes through
     * 60, which nobody meant to keep. When the form changed while that save ran, the change is handed on again with
     * the new fallback, so that the next save does not write back an older value.
     */
    public void saved(Meta meta) {
        if (!loaded.get()) return;
        base = meta;
        FormSnapshot now = snapshot();
        if (now.equals(current)) return;
        current = now;
        revalidate();
        onEdit.edited(now.title(), now.meta(), now.drafts());
    }

    private void edited(String field) {
        if (loading) return;
        FormSnapshot now = snapshot();
        if (now.equals(current)) {
            revalidate();
            return;
        }
        if (!field.equals(lastEditedField)) {
            undoSteps.push(current);
            lastEditedField = field;
            canUndo.set(true);
        }
        current = now;
        revalidate();
        onEdit.edited(now.title(), now.meta(), now.drafts());
    }

    /**
     * Replaces the meta box as one step that {@link #undo} reverts, and hands it to the editor like a
     * typed change (a quick fix from the findings panel). False while no post is open.
     */
    public boolean replace(Meta meta) {
        if (!loaded.get()) return false;
        FormSnapshot before = current;
        fill(new FormSnapshot(title(), meta, draftsUntouchedBy(meta)));
        if (current.equals(before)) return true;
        undoSteps.push(before);
        canUndo.set(true);
        onEdit.edited(current.title(), current.meta(), current.drafts());
        return true;
    }

    /** The current drafts of the fields whose value {@code replacement} leaves as it is: a fix elsewhere keeps them. */
    private FieldDrafts draftsUntouchedBy(Meta replacement) {
        Map<String, String> was = MetaFormMapping.texts(current.meta());
        Map<String, String> now = MetaFormMapping.texts(replacement);
        Map<String, String> kept = new LinkedHashMap<>();
        current.drafts().byField().forEach((field, raw) -> {
            if (java.util.Objects.equals(was.get(field), now.get(field))) kept.put(field, raw);
        });
        return new FieldDrafts(kept);
    }

    /** Goes back one step: the form shows, and the editor saves, what it held before the last field's changes. */
    public void undo() {
        if (undoSteps.isEmpty()) return;
        FormSnapshot previous = undoSteps.pop();
        fill(previous);
        canUndo.set(!undoSteps.isEmpty());
        onEdit.edited(previous.title(), previous.meta(), previous.drafts());
    }

    private void revalidate() {
        // With no post open there is nothing to be wrong: "title is required" would only confuse.
        if (!loaded.get()) {
            problems.clear();
            return;
        }
        problems.setAll(MetaProblems.of(texts, title(), toMeta(), extra.stream().map(r -> r.keyProperty().get()).toList()));
    }

    /** The body's figures, counted by the checks' scan, shown beside the stored ones. */
    public void bodyScanned(BodyStructure scanned) {
        body.scanned(scanned);
    }

    public BodyFigures body() {
        return body;
    }

    public void useComputedReadingTime() {
        if (body.countedProperty().get()) {
            text(MetaFields.READING_TIME.path()).set(Integer.toString(body.readingTimeProperty().get()));
        }
    }

    public void useComputedParagraphs() {
        if (body.countedProperty().get()) {
            text(MetaFields.PAYLOAD_PARAGRAPHS.path()).set(Integer.toString(body.paragraphsProperty().get()));
        }
    }

    public void addEntity() {
        entities.add(new EntityRow(new Entity("", ""), () -> edited(ENTITIES)));
    }

    public void addImageSource() {
        imageSources.add(new ImageSourceRow(new ImageSource("", "", ""), () -> edited(IMAGE_SOURCES)));
    }

    public void addExtra(String key, String value) {
        extra.add(new ExtraRow(key, value, () -> edited("extra")));
    }

    /** Moves an entry of an ordered list one place up (-1) or down (+1); does nothing at either end. */
    public static <T> void move(ObservableList<T> list, int index, int by) {
        int to = index + by;
        if (index < 0 || index >= list.size() || to < 0 || to >= list.size()) return;
        // One change, not two sets: in between, the list would hold the entry twice and report a duplicate.
        List<T> moved = new java.util.ArrayList<>(list);
        java.util.Collections.swap(moved, index, to);
        list.setAll(moved);
    }

    /** The text of a field by its JSON path (see {@link #TEXT_FIELDS}). */
    public StringProperty text(String field) {
        StringProperty p = texts.get(field);
        if (p == null) throw new IllegalArgumentException("no text field '" + field + "'");
        return p;
    }

    /** A flag by its JSON path: null while absent. */
    public ObjectProperty<Boolean> flag(String field) {
        ObjectProperty<Boolean> p = flags.get(field);
        if (p == null) throw new IllegalArgumentException("no flag '" + field + "'");
        return p;
    }

    /** stack, tools, checklist or notes. */
    public ObservableList<String> list(String field) {
        ObservableList<String> l = lists.get(field);
        if (l == null) throw new IllegalArgumentException("no list '" + field + "'");
        return l;
    }

    public ObservableList<EntityRow> entities() {
        return entities;
    }

    public ObservableList<ImageSourceRow> imageSources() {
        return imageSources;
    }

    public ObservableList<ExtraRow> extra() {
        return extra;
    }

    public BooleanProperty payloadUnlockedProperty() {
        return payloadUnlocked;
    }

    /** True while a post is shown; the view disables the form otherwise. */
    public BooleanProperty loadedProperty() {
        return loaded;
    }

    /** What the form offers while the user types in {@code field} (see {@link MetaSuggestions}). */
    public ObservableList<String> suggestions(String field) {
        return suggestions.of(field);
    }

    /** Every rule broken now, by JSON path, in the order of the form. */
    public ObservableList<FieldProblem> problems() {
        return problems;
    }

    /** True while any rule is broken (the post can still be saved as a draft). */
    public BooleanBinding hasErrors() {
        return hasErrors;
    }

    /** "2 problems: score.freshness …", or "" when there is none. */
    public StringBinding problemSummary() {
        return problemSummary;
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    /** Receives the title, meta box and field drafts after every change (and after undo); the editor saves them. */
    public void setOnEdit(EditListener onEdit) {
        this.onEdit = onEdit;
    }

    /** Called once, the first time anything asks for {@link #suggestions}. */
    public void setOnSuggestionsWanted(Runnable wanted) {
        suggestions.setOnWanted(wanted);
    }

    public boolean suggestionsWanted() {
        return suggestions.wanted();
    }

    private static Stream<String> paths(Predicate<MetaKind> kind) {
        return MetaFields.FORM_ORDER.stream().filter(f -> kind.test(f.kind())).map(MetaField::path);
    }
}
