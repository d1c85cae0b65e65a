package org.reviewdesk.gui.meta;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Stream;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.reviewdesk.model.Entity;
import org.reviewdesk.model.ImageSource;
import org.reviewdesk.model.Meta;
import org.reviewdesk.model.meta.MetaField;
import org.reviewdesk.model.meta.MetaFields;
import org.reviewdesk.model.meta.MetaKind;

/**
 * The properties of the meta form, one per field of {@link MetaFields} by its JSON path, plus the post's title and the
 * rows of the tables; each reports its changes by path to the owner, which keeps the history.
 */
final class MetaFormFields {
    /** The text fields, by JSON path, in the order the form shows them: the post's title, then the meta box's. */
    static final List<String> TEXT_FIELDS = Stream.concat(Stream.of("title"), paths(MetaKind::isText)).toList();
    static final List<String> FLAG_FIELDS = paths(k -> k == MetaKind.BOOLEAN).toList();
    static final List<String> LIST_FIELDS = paths(k -> k == MetaKind.STRING_LIST).toList();
    static final String ENTITIES = MetaFields.ENTITY_LIST_FIELD.path();
    static final String IMAGE_SOURCES = MetaFields.IMAGE_SOURCE_LIST_FIELD.path();
    static final String EXTRA = "extra";

    final Map<String, StringProperty> texts = new LinkedHashMap<>();
    final Map<String, ObjectProperty<Boolean>> flags = new LinkedHashMap<>();
    final Map<String, ObservableList<String>> lists = new LinkedHashMap<>();
    final ObservableList<EntityRow> entities = FXCollections.observableArrayList();
    final ObservableList<ImageSourceRow> imageSources = FXCollections.observableArrayList();
    final ObservableList<ExtraRow> extra = FXCollections.observableArrayList();
    private final Consumer<String> edited;

    MetaFormFields(Object bean, Consumer<String> edited) {
        this.edited = edited;
        for (String f : TEXT_FIELDS) {
            StringProperty p = new SimpleStringProperty(bean, f);
            p.addListener((o, was, now) -> edited.accept(f));
            texts.put(f, p);
        }
        for (String f : FLAG_FIELDS) {
            ObjectProperty<Boolean> p = new SimpleObjectProperty<>(bean, f);
            p.addListener((o, was, now) -> edited.accept(f));
            flags.put(f, p);
        }
        for (String f : LIST_FIELDS) {
            ObservableList<String> l = FXCollections.observableArrayList();
            l.addListener((ListChangeListener<String>) c -> edited.accept(f));
            lists.put(f, l);
        }
        entities.addListener((ListChangeListener<EntityRow>) c -> edited.accept(ENTITIES));
        imageSources.addListener((ListChangeListener<ImageSourceRow>) c -> edited.accept(IMAGE_SOURCES));
        extra.addListener((ListChangeListener<ExtraRow>) c -> edited.accept(EXTRA));
    }

    /** Shows a snapshot: its title and meta box, and in the fields that have a draft the text typed there. */
    void show(MetaPanelViewModel.FormSnapshot snapshot) {
        MetaFormMapping.fill(snapshot, texts, flags, lists);
        snapshot.drafts().byField().forEach((field, raw) -> {
            if (texts.containsKey(field)) texts.get(field).set(raw);
        });
        Meta m = snapshot.meta();
        entities.setAll(m.entities() == null ? List.of() : m.entities().stream().map(this::row).toList());
        imageSources.setAll(m.imageSources() == null ? List.of() : m.imageSources().stream().map(this::row).toList());
        extra.setAll(m.extra().entrySet().stream().map(e -> extraRow(e.getKey(), e.getValue())).toList());
    }

    /** The meta box the fields hold, on top of {@code base} (see {@link MetaFormMapping}). */
    Meta toMeta(Meta base) {
        return MetaFormMapping.toMeta(base, texts, flags, lists, entities.stream().map(EntityRow::toEntity).toList(),
                imageSources.stream().map(ImageSourceRow::toImageSource).toList(), extraMap());
    }

    String title() {
        String t = texts.get("title").get();
        return t == null ? "" : t;
    }

    List<String> extraKeys() {
        return extra.stream().map(r -> r.keyProperty().get()).toList();
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

    EntityRow row(Entity e) {
        return new EntityRow(e, () -> edited.accept(ENTITIES));
    }

    ImageSourceRow row(ImageSource i) {
        return new ImageSourceRow(i, () -> edited.accept(IMAGE_SOURCES));
    }

    ExtraRow extraRow(String key, Object value) {
        return new ExtraRow(key, value, () -> edited.accept(EXTRA));
    }

    static <T> T byPath(Map<String, T> properties, String field, String what) {
        T p = properties.get(field);
        if (p == null) throw new IllegalArgumentException("no " + what + " '" + field + "'");
        return p;
    }

    private static Stream<String> paths(Predicate<MetaKind> kind) {
        return MetaFields.FORM_ORDER.stream().filter(f -> kind.test(f.kind())).map(MetaField::path);
    }
}
