package org.reviewdesk.gui.meta;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.reviewdesk.checks.BodyStructure;
import org.reviewdesk.model.Entity;
import org.reviewdesk.model.FieldDrafts;
import org.reviewdesk.model.ImageSource;
import org.reviewdesk.model.Meta;
import org.reviewdesk.model.meta.MetaFields;
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
    private final MetaFormFields fields = new MetaFormFields(this, this::edited);
    private final BooleanProperty payloadUnlocked = new SimpleBooleanProperty(this, "payloadUnlocked");
    private final BooleanProperty loaded = new SimpleBooleanProperty(this, "loaded");

    private final BodyFigures body = new BodyFigures();
    private final MetaSuggestions suggestions = new MetaSuggestions();

    private final ObservableList<FieldProblem> problems = FXCollections.observableArrayList();
    private final BooleanBinding hasErrors = Bindings.isNotEmpty(problems);
    private final StringBinding problemSummary = Bindings.createStringBinding(() -> MetaProblems.summary(problems), problems);
    private final FormHistory history = new FormHistory();
    private final VersionFloor versionFloor = new VersionFloor();
    private EditListener onEdit = (title, meta, drafts) -> { };
    /**
     * What was loaded, saved since, or restored by undo: absent lists and groups, and the values a broken field
     * falls back to.
     */
    private Meta base = Meta.EMPTY;
    private FormSnapshot current = new FormSnapshot("", Meta.EMPTY, FieldDrafts.NONE);
    private boolean loading;

    /** The title, meta box and field drafts the form holds at one moment: one undo step. */
    public record FormSnapshot(String title, Meta meta, FieldDrafts drafts) {
    }

    /** Receives the form after a change: what the editor saves. */
    @FunctionalInterface
    public interface EditListener {
        void edited(String title, Meta meta, FieldDrafts drafts);
    }

    /**
     * Shows a post's title and meta box, and in the fields that have a draft the text typed there; forgets the undo
     * history of the previous post.
     */
    public void load(String title, Meta meta, FieldDrafts drafts) {
        loaded.set(true);
        versionFloor.set(null);
        fill(new FormSnapshot(title, meta, drafts));
        history.clear();
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
            fields.show(snapshot);
        } finally {
            loading = false;
        }
        current = snapshot();
        history.filled();
        revalidate();
    }

    /** The meta box as the form holds it now (see the class comment for what each kind of field becomes). */
    public Meta toMeta() {
        return versionFloor.kept(fields.toMeta(base), base, fields.texts);
    }

    /** The highest version the open post has had: the version field takes no lower one ({@link VersionFloor}). */
    public void versionFloor(org.reviewdesk.model.SemVer highest) {
        versionFloor.set(highest);
        revalidate();
    }

    public String title() {
        return fields.title();
    }

    private FormSnapshot snapshot() {
        return new FormSnapshot(title(), toMeta(), versionFloor.drafts(MetaProblems.drafts(fields.texts), fields.texts));
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
        history.edited(field, current);
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
        fill(new FormSnapshot(title(), meta, MetaFormMapping.draftsUntouchedBy(current, meta)));
        if (current.equals(before)) return true;
        history.push(before);
        onEdit.edited(current.title(), current.meta(), current.drafts());
        return true;
    }

    /** Goes back one step: the form shows, and the editor saves, what it held before the last field's changes. */
    public void undo() {
        FormSnapshot previous = history.pop();
        if (previous == null) return;
        fill(previous);
        onEdit.edited(previous.title(), previous.meta(), previous.drafts());
    }

    private void revalidate() {
        // With no post open there is nothing to be wrong: "title is required" would only confuse.
        if (!loaded.get()) {
            problems.clear();
            return;
        }
        problems.setAll(MetaProblems.of(fields.texts, title(), toMeta(), fields.extraKeys()));
        problems.addAll(versionFloor.problems(fields.texts));
    }

    /** The body's figures, counted by the checks' scan, shown beside the stored ones. */
    public void bodyScanned(BodyStructure scanned, org.reviewdesk.model.Readability readability) {
        body.scanned(scanned, readability);
    }

    public BodyFigures body() {
        return body;
    }

    /** Puts the body's counted reading time or paragraphs ({@code MetaFields.PAYLOAD_PARAGRAPHS}) into the field. */
    public void useComputed(org.reviewdesk.model.meta.MetaField field) {
        if (body.countedProperty().get()) text(field.path()).set(Integer.toString(
                field == MetaFields.READING_TIME ? body.readingTimeProperty().get() : body.paragraphsProperty().get()));
    }

    public void addEntity() {
        fields.entities.add(fields.row(new Entity("", "")));
    }

    public void addImageSource() {
        fields.imageSources.add(fields.row(new ImageSource("", "", "")));
    }

    public void addExtra(String key, String value) {
        fields.extra.add(fields.extraRow(key, value));
    }

    /** The text of a field by its JSON path (see {@link MetaFormFields#TEXT_FIELDS}). */
    public StringProperty text(String field) {
        return MetaFormFields.byPath(fields.texts, field, "text field");
    }

    /** A flag by its JSON path: null while absent. */
    public ObjectProperty<Boolean> flag(String field) {
        return MetaFormFields.byPath(fields.flags, field, "flag");
    }

    /** One of {@link MetaFormFields#LIST_FIELDS}: stack, tools, checklist or notes. */
    public ObservableList<String> list(String field) {
        return MetaFormFields.byPath(fields.lists, field, "list");
    }

    public ObservableList<EntityRow> entities() {
        return fields.entities;
    }

    public ObservableList<ImageSourceRow> imageSources() {
        return fields.imageSources;
    }

    public ObservableList<ExtraRow> extra() {
        return fields.extra;
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
        return history.canUndoProperty();
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
}
