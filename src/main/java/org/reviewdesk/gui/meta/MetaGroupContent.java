package org.reviewdesk.gui.meta;

import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.reviewdesk.model.meta.MetaField;
import org.reviewdesk.model.meta.MetaFields;
import org.reviewdesk.model.meta.MetaGroup;
import org.reviewdesk.model.validation.MetaRules;

/**
 * The fields of each group of the meta panel, built from {@link MetaFields}: a field gets the control of its kind
 * and its label; the groups with a control of their own (scores, flags, lists, tables) build it here.
 */
final class MetaGroupContent {
    /** What the entry field of a list of tags asks for. */
    private static final Map<String, String> TAG_PROMPTS = Map.of(MetaFields.STACK.path(), "a stack entry",
            MetaFields.TOOLS.path(), "a tool");

    private final MetaPanelViewModel form;
    private final FieldControls fields;
    private final ObservableBooleanValue remoteImages;

    MetaGroupContent(MetaPanelViewModel form, FieldControls fields, ObservableBooleanValue remoteImages) {
        this.form = form;
        this.fields = fields;
        this.remoteImages = remoteImages;
    }

    Node of(MetaGroup group) {
        return switch (group) {
            case SCORES -> new ScoresEditor(form, fields).node();
            case FLAGS -> FlagBoxes.of(form, fields);
            case CHECKLIST -> new StringListEditor(form.list(MetaFields.CHECKLIST_ITEMS.path()), MetaFields.CHECKLIST_ITEMS.path(), "checklist item").node();
            case NOTES -> new StringListEditor(form.list(MetaFields.NOTES_ITEMS.path()), MetaFields.NOTES_ITEMS.path(), "note").node();
            case ENTITIES -> entities();
            case IMAGE_SOURCES -> images();
            case PAYLOAD -> payload();
            case OTHER_FIELDS -> otherFields();
            default -> fieldRows(group);
        };
    }

    /** A row per field of the group, the summary's headed by the post's title. */
    private Node fieldRows(MetaGroup group) {
        GridPane g = FieldControls.grid();
        if (group == MetaGroup.SUMMARY) FieldControls.row(g, "Title", fields.textField("title"));
        for (MetaField f : MetaFields.inGroup(group)) FieldControls.row(g, f.label(), withComputed(f, control(f)));
        return g;
    }

    /** The control of a field's kind. */
    private Node control(MetaField f) {
        return switch (f.kind()) {
            case LONG_TEXT -> fields.textArea(f.path());
            case CHOICE -> editableCombo(f.path(), f.choices().known());
            case DATE -> fields.register(f.path(), DateField.of(form.text(f.path()), f.path()));
            case STRING_LIST -> tags(f);
            case SEMVER -> {
                TextField version = fields.textField(f.path());
                version.setPromptText("MAJOR.MINOR.PATCH");
                yield version;
            }
            default -> {
                TextField text = fields.textField(f.path());
                if (f == MetaFields.CODE_LANGUAGE) {
                    SuggestionPopup.attach(text, form.suggestions(f.path()), s -> true, text::setText);
                }
                yield text;
            }
        };
    }

    private Node tags(MetaField f) {
        TagListEditor tags = new TagListEditor(form.list(f.path()), form.suggestions(f.path()), TAG_PROMPTS.get(f.path()));
        fields.register(f.path(), tags.entry());
        return tags.node();
    }

    /** The figures the body gives go under the stored ones: side by side, the panel's width squeezes both. */
    private Node withComputed(MetaField f, Node control) {
        if (f == MetaFields.READING_TIME) {
            return new VBox(4, control,
                    computed(form.body().readingTimeProperty(), " min (", () -> form.useComputed(MetaFields.READING_TIME)),
                    readability());
        }
        if (f == MetaFields.PAYLOAD_PARAGRAPHS) {
            return new VBox(4, control,
                    computed(form.body().paragraphsProperty(), "", () -> form.useComputed(MetaFields.PAYLOAD_PARAGRAPHS)));
        }
        return control;
    }

    /** "reading ease 54 · 17.2 words a sentence", of the prose alone: a computed figure with no stored field. */
    private Node readability() {
        Label label = new Label();
        label.setId("meta-readability");
        label.getStyleClass().add("meta-computed");
        label.textProperty().bind(Bindings.createStringBinding(() -> !form.body().countedProperty().get() ? ""
                : org.reviewdesk.gui.status.ReadabilityText.of(form.body().readabilityProperty().get()),
                form.body().readabilityProperty(), form.body().countedProperty()));
        return label;
    }

    /** "computed: 3 min (453 words)  [Use computed]" beside a stored figure. */
    private Node computed(IntegerProperty value, String unit, Runnable use) {
        Label label = new Label();
        label.getStyleClass().add("meta-computed");
        label.textProperty().bind(Bindings.createStringBinding(() -> !form.body().countedProperty().get() ? "computed: \u2026"
                : "computed: " + value.get() + (unit.isEmpty() ? "" : unit + form.body().wordsProperty().get() + " words)"),
                value, form.body().countedProperty(), form.body().wordsProperty()));
        Button button = new Button("Use computed");
        button.getStyleClass().add("small");
        // In a narrow meta box the figure shortens, never the button ("Use co…").
        button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        button.disableProperty().bind(form.body().countedProperty().not());
        button.setOnAction(e -> use.run());
        HBox box = new HBox(6, label, button);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return box;
    }

    private ComboBox<String> editableCombo(String field, List<String> known) {
        ComboBox<String> combo = new ComboBox<>(FXCollections.observableArrayList(known));
        combo.setEditable(true);
        combo.setMaxWidth(Double.MAX_VALUE);
        StringProperty value = form.text(field);
        combo.setValue(value.get());
        value.addListener((o, was, now) -> {
            if (!java.util.Objects.equals(now, combo.getValue())) combo.setValue(now);
        });
        // The combo commits typed text on Enter or when the focus leaves; a value outside the list is kept.
        combo.valueProperty().addListener((o, was, now) -> {
            String typed = now == null || now.isEmpty() ? null : now;
            if (!java.util.Objects.equals(typed, value.get())) value.set(typed);
        });
        return fields.register(field, combo);
    }

    private Node entities() {
        return new RowTable<>(form.entities(), List.of(
                new RowTable.Column<EntityRow>("Name", "name", EntityRow::nameProperty, false),
                new RowTable.Column<EntityRow>("Type", "type", EntityRow::typeProperty, false)),
                MetaFields.ENTITY_LIST_FIELD.path(), fields.byField(), "Add entity", form::addEntity).node();
    }

    private Node images() {
        RowTable<ImageSourceRow> table = new RowTable<>(form.imageSources(), List.of(
                new RowTable.Column<ImageSourceRow>("Source", "source", ImageSourceRow::sourceProperty, false),
                new RowTable.Column<ImageSourceRow>("URL", "url", ImageSourceRow::urlProperty, false),
                new RowTable.Column<ImageSourceRow>("Caption", "caption", ImageSourceRow::captionProperty, false)),
                MetaFields.IMAGE_SOURCE_LIST_FIELD.path(), fields.byField(), "Add image source", form::addImageSource);
        table.setExtraCell(this::thumbnail);
        remoteImages.addListener((o, was, now) -> table.rebuild());
        return table.node();
    }

    /** Loads the image only while the preview may reach the network; otherwise nothing is fetched. */
    private Node thumbnail(ImageSourceRow row) {
        String url = row.urlProperty().get();
        if (!remoteImages.get() || url == null || !MetaRules.url("url", url).isEmpty()) return new Label();
        ImageView view = new ImageView(new Image(url.trim(), 64, 40, true, true, true));
        view.getStyleClass().add("meta-thumbnail");
        return view;
    }

    /** The generator's figures, read-only until unlocked. */
    private Node payload() {
        GridPane g = FieldControls.grid();
        ToggleButton unlock = new ToggleButton("Unlock");
        unlock.setId("meta-payload-unlock");
        unlock.selectedProperty().bindBidirectional(form.payloadUnlockedProperty());
        Label why = new Label("The generator wrote these; unlock to change them.");
        why.getStyleClass().add("meta-computed");
        why.setWrapText(true);
        unlock.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox.setHgrow(why, Priority.ALWAYS);
        why.setMaxWidth(Double.MAX_VALUE);
        why.setMinWidth(0);
        g.add(new HBox(8, unlock, why), 0, 0, 2, 1);
        for (MetaField f : MetaFields.inGroup(MetaGroup.PAYLOAD)) {
            TextField t = fields.textField(f.path());
            t.editableProperty().bind(form.payloadUnlockedProperty());
            FieldControls.row(g, f.label(), withComputed(f, t));
        }
        return g;
    }

    private Node otherFields() {
        Label hint = new Label("Keys the importer kept as written. A list has one item per line.");
        hint.getStyleClass().add("meta-computed");
        hint.setWrapText(true);
        RowTable<ExtraRow> table = new RowTable<>(form.extra(), List.of(
                new RowTable.Column<ExtraRow>("Key", "key", ExtraRow::keyProperty, false),
                new RowTable.Column<ExtraRow>("Value", "value", ExtraRow::valueProperty, true)),
                "extra", fields.byField(), "Add field", () -> form.addExtra("", ""));
        return new VBox(6, hint, table.node());
    }
}
