package org.reviewdesk.gui.meta;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.reviewdesk.model.Difficulty;
import org.reviewdesk.model.ReviewStatus;
import org.reviewdesk.model.validation.MetaRules;

/**
 * The meta box beside the editor: collapsible groups in a scrolling panel, problems on their fields and
 * summed up at the top. Alt+1 … Alt+9 and Alt+0 open the first ten groups and put the focus in them.
 * The view only binds; everything it shows and changes is in {@link MetaPanelViewModel}.
 */
public final class MetaPanelView {
    public static final String STYLESHEET = "/org/reviewdesk/gui/meta/meta-panel.css";
    private static final KeyCode[] GROUP_KEYS = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4,
            KeyCode.DIGIT5, KeyCode.DIGIT6, KeyCode.DIGIT7, KeyCode.DIGIT8, KeyCode.DIGIT9, KeyCode.DIGIT0};

    private final MetaPanelViewModel form;
    private final FieldControls fields;
    private final ObservableBooleanValue remoteImages;
    private final List<TitledPane> groups = new ArrayList<>();
    private final ScrollPane scroll;
    private final BorderPane node;

    /** @param remoteImages the preview's remote-images setting: thumbnails load only while it is on */
    public MetaPanelView(MetaPanelViewModel form, ObservableBooleanValue remoteImages) {
        this.form = form;
        this.fields = new FieldControls(form);
        this.remoteImages = remoteImages;
        group("Summary", this::summary);
        group("AI outline", this::outline);
        group("Classification", this::classification);
        group("Scores", () -> new ScoresEditor(form, fields).node());
        group("Revision", this::revision);
        group("Flags", this::flags);
        group("Checklist", () -> new StringListEditor(form.list("checklist"), "checklist", "checklist item").node());
        group("Entities", this::entities);
        group("Image sources", this::images);
        group("Payload", this::payload);
        group("Notes", () -> new StringListEditor(form.list("notes"), "notes", "note").node());
        group("Other fields", this::otherFields);
        groups.get(0).setExpanded(true);

        VBox content = new VBox(groups.toArray(Node[]::new));
        content.getStyleClass().add("meta-groups");
        scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        node = new BorderPane(scroll);
        node.setTop(header());
        node.getStyleClass().add("meta-panel");
        node.getStylesheets().add(MetaPanelView.class.getResource(STYLESHEET).toExternalForm());
        node.setPrefWidth(380);
        node.setMinWidth(260);
        content.disableProperty().bind(form.loadedProperty().not());

        MetaDecorations decorations = new MetaDecorations(fields.byField());
        form.problems().addListener((ListChangeListener<Object>) c -> decorations.show(List.copyOf(form.problems())));
        decorations.show(List.copyOf(form.problems()));
        // A field marked while its group was closed is neither restyled nor placed when the group opens: mark again.
        for (TitledPane group : groups) {
            group.expandedProperty().addListener((o, was, open) -> {
                if (open) decorations.show(List.copyOf(form.problems()));
            });
        }
        node.sceneProperty().addListener((o, was, scene) -> {
            if (scene != null) installShortcuts(scene);
        });
        node.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            // Ctrl+Z in a field undoes that field's typing; elsewhere in the panel it undoes the last form change.
            if (e.isShortcutDown() && e.getCode() == KeyCode.Z && !(e.getTarget() instanceof TextInputControl)) {
                form.undo();
                e.consume();
            }
        });
    }

    private Node header() {
        Label problems = new Label();
        problems.getStyleClass().add("meta-problems");
        problems.textProperty().bind(Bindings.when(form.hasErrors()).then(form.problemSummary())
                .otherwise(Bindings.when(form.loadedProperty()).then("No problems").otherwise("No post open")));
        problems.setWrapText(true);
        problems.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("error"), form.hasErrors().get());
        form.hasErrors().addListener((o, was, now) ->
                problems.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("error"), now));
        Button undo = new Button("Undo");
        undo.setId("meta-undo");
        undo.disableProperty().bind(form.canUndoProperty().not());
        undo.setOnAction(e -> form.undo());
        undo.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox.setHgrow(problems, Priority.ALWAYS);
        problems.setMaxWidth(Double.MAX_VALUE);
        HBox header = new HBox(8, problems, undo);
        header.getStyleClass().add("meta-header");
        return header;
    }

    /**
     * A group whose fields are built when it first opens: built all at once, the closed groups' sliders, tables and
     * pickers took two thirds of the window's first layout (0.7 s of the FX thread at start).
     */
    private void group(String title, java.util.function.Supplier<Node> content) {
        int n = groups.size() + 1;
        TitledPane pane = new TitledPane(n <= 10 ? title + "  (Alt+" + (n % 10) + ")" : title, null);
        pane.expandedProperty().addListener((o, was, open) -> {
            if (open && pane.getContent() == null) pane.setContent(content.get());
        });
        pane.setExpanded(false);
        pane.setAnimated(false);
        pane.setId("meta-group-" + title.toLowerCase().replace(' ', '-'));
        groups.add(pane);
    }

    private void installShortcuts(Scene scene) {
        for (int i = 0; i < GROUP_KEYS.length && i < groups.size(); i++) {
            int index = i;
            scene.getAccelerators().put(new KeyCodeCombination(GROUP_KEYS[i], KeyCombination.ALT_DOWN), () -> openGroup(index));
        }
    }

    /** Expands a group, scrolls it into view and focuses its first field. */
    public void openGroup(int index) {
        TitledPane pane = groups.get(index);
        pane.setExpanded(true);
        node.applyCss();
        node.layout();
        double contentHeight = scroll.getContent().getBoundsInLocal().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        if (contentHeight > viewport) {
            scroll.setVvalue(Math.min(1, pane.getBoundsInParent().getMinY() / (contentHeight - viewport)));
        }
        firstFocusable(pane.getContent()).ifPresent(Node::requestFocus);
    }

    /** Puts the focus in a field's own control, once its group is open (a closed group has not built it yet). */
    public void focusField(String field) {
        Control control = fields.byField().get(field);
        if (control != null && control.getScene() != null) control.requestFocus();
    }

    private static java.util.Optional<Node> firstFocusable(Node n) {
        if (n instanceof Control c && c.isFocusTraversable() && !c.isDisabled()) return java.util.Optional.of(c);
        if (n instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                java.util.Optional<Node> found = firstFocusable(child);
                if (found.isPresent()) return found;
            }
        }
        return java.util.Optional.empty();
    }

    private Node summary() {
        GridPane g = FieldControls.grid();
        FieldControls.row(g, "Title", fields.textField("title"));
        FieldControls.row(g, "Topic", fields.textField("topic"));
        FieldControls.row(g, "Summary", fields.textArea("summary"));
        FieldControls.row(g, "AI brief", fields.textArea("ai_brief"));
        FieldControls.row(g, "Reference", fields.textField("reference"));
        FieldControls.row(g, "Hash", fields.textField("hash"));
        return g;
    }

    private Node outline() {
        GridPane g = FieldControls.grid();
        FieldControls.row(g, "Context", fields.textArea("ai_outline.context"));
        FieldControls.row(g, "Problem", fields.textArea("ai_outline.problem"));
        FieldControls.row(g, "Stack", fields.textArea("ai_outline.stack"));
        FieldControls.row(g, "Recommended action", fields.textArea("ai_outline.recommended_action"));
        return g;
    }

    private Node classification() {
        GridPane g = FieldControls.grid();
        TagListEditor stack = new TagListEditor(form.list("stack"), form.suggestions("stack"), "a stack entry");
        TagListEditor tools = new TagListEditor(form.list("tools"), form.suggestions("tools"), "a tool");
        fields.register("stack", stack.entry());
        fields.register("tools", tools.entry());
        FieldControls.row(g, "Stack", stack.node());
        FieldControls.row(g, "Tools", tools.node());
        TextField language = fields.textField("code_language");
        SuggestionPopup.attach(language, form.suggestions("code_language"), s -> true, language::setText);
        FieldControls.row(g, "Code language", language);
        FieldControls.row(g, "Difficulty", editableCombo("difficulty", Difficulty.KNOWN.stream().map(Difficulty::value).toList()));
        TextField readingTime = fields.textField("reading_time");
        // The computed figure goes under the stored one: side by side, the panel's width squeezes both.
        FieldControls.row(g, "Reading time", new VBox(4, readingTime, computed(form.computedReadingTimeProperty(),
                " min (" , form::useComputedReadingTime)));
        FieldControls.row(g, "View count", fields.textField("view_count"));
        return g;
    }

    /** "computed: 3 min (453 words)  [Use computed]" beside a stored figure. */
    private Node computed(javafx.beans.property.IntegerProperty value, String unit, Runnable use) {
        Label label = new Label();
        label.getStyleClass().add("meta-computed");
        label.textProperty().bind(Bindings.createStringBinding(() -> !form.bodyCountedProperty().get() ? "computed: \u2026"
                : "computed: " + value.get() + (unit.isEmpty() ? "" : unit + form.computedWordsProperty().get() + " words)"),
                value, form.bodyCountedProperty(), form.computedWordsProperty()));
        Button button = new Button("Use computed");
        button.getStyleClass().add("small");
        button.disableProperty().bind(form.bodyCountedProperty().not());
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

    private Node revision() {
        GridPane g = FieldControls.grid();
        FieldControls.row(g, "Status", editableCombo("revision.status", ReviewStatus.KNOWN.stream().map(ReviewStatus::value).toList()));
        TextField version = fields.textField("revision.version");
        version.setPromptText("MAJOR.MINOR.PATCH");
        FieldControls.row(g, "Version", version);
        FieldControls.row(g, "Last reviewed", datePicker("revision.last_reviewed"));
        return g;
    }

    /**
     * On Enter a date picker writes its own date over text it cannot read, and what was typed would be gone without
     * a word: such text stays, with its problem on the field, until the user corrects it. The picker acts on the key's
     * release as well as its press, so both are stopped.
     */
    private static void keepUnreadableDateOnEnter(DatePicker picker, String field) {
        picker.addEventFilter(javafx.scene.input.KeyEvent.ANY, e -> {
            String typed = picker.getEditor().getText();
            if (e.getCode() == KeyCode.ENTER && typed != null && !typed.isBlank() && !MetaRules.date(field, typed).isEmpty()) {
                e.consume();
            }
        });
    }

    /** A date picker that accepts typing: the text is the field, so a wrong date shows its problem while typed. */
    private DatePicker datePicker(String field) {
        DatePicker picker = new DatePicker();
        picker.setEditable(true);
        picker.setPromptText("YYYY-MM-DD");
        StringProperty value = form.text(field);
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : date.toString();
            }

            @Override
            public LocalDate fromString(String text) {
                if (text == null || text.isBlank()) return null;
                // A date that breaks the rule keeps the picker's date; the field shows the problem meanwhile.
                return MetaRules.date(field, text).isEmpty() ? MetaRules.parseDate(text) : picker.getValue();
            }
        });
        Runnable showValue = () -> {
            String raw = value.get();
            if (raw == null) picker.setValue(null);
            else if (MetaRules.date(field, raw).isEmpty()) picker.setValue(MetaRules.parseDate(raw));
        };
        showValue.run();
        value.addListener((o, was, now) -> showValue.run());
        NullableText.bind(picker.getEditor(), value);
        keepUnreadableDateOnEnter(picker, field);
        return fields.register(field, picker);
    }

    private Node flags() {
        VBox box = new VBox(6);
        String[] labels = {"AI generated style", "Has images", "Image heavy", "Needs human review"};
        for (int i = 0; i < labels.length; i++) {
            String field = MetaPanelViewModel.FLAG_FIELDS.get(i);
            CheckBox check = new CheckBox(labels[i]);
            bindFlag(check, form.flag(field));
            box.getChildren().add(fields.register(field, check));
        }
        Label hint = new Label("A dash means the source did not say; a click sets it.");
        hint.getStyleClass().add("meta-computed");
        box.getChildren().add(hint);
        return box;
    }

    private static void bindFlag(CheckBox check, javafx.beans.property.ObjectProperty<Boolean> flag) {
        boolean[] updating = {false};
        Runnable show = () -> {
            updating[0] = true;
            check.setIndeterminate(flag.get() == null);
            check.setSelected(Boolean.TRUE.equals(flag.get()));
            updating[0] = false;
        };
        show.run();
        flag.addListener((o, was, now) -> show.run());
        javafx.beans.InvalidationListener fromUser = o -> {
            if (!updating[0]) flag.set(check.isIndeterminate() ? null : check.isSelected());
        };
        check.selectedProperty().addListener(fromUser);
        check.indeterminateProperty().addListener(fromUser);
    }

    private Node entities() {
        return new RowTable<>(form.entities(), List.of(
                new RowTable.Column<EntityRow>("Name", "name", EntityRow::nameProperty, false),
                new RowTable.Column<EntityRow>("Type", "type", EntityRow::typeProperty, false)),
                "entities", fields.byField(), "Add entity", form::addEntity).node();
    }

    private Node images() {
        RowTable<ImageSourceRow> table = new RowTable<>(form.imageSources(), List.of(
                new RowTable.Column<ImageSourceRow>("Source", "source", ImageSourceRow::sourceProperty, false),
                new RowTable.Column<ImageSourceRow>("URL", "url", ImageSourceRow::urlProperty, false),
                new RowTable.Column<ImageSourceRow>("Caption", "caption", ImageSourceRow::captionProperty, false)),
                "image_sources", fields.byField(), "Add image source", form::addImageSource);
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
        for (String[] f : new String[][] {{"payload.source_id", "Source id"}, {"payload.generator", "Generator"},
                {"payload.paragraphs", "Paragraphs"}, {"payload.scenario", "Scenario"}, {"payload.seed", "Seed"}}) {
            TextField t = fields.textField(f[0]);
            t.editableProperty().bind(form.payloadUnlockedProperty());
            Node shown = t;
            if (f[0].equals("payload.paragraphs")) {
                shown = new VBox(4, t, computed(form.computedParagraphsProperty(), "", form::useComputedParagraphs));
            }
            FieldControls.row(g, f[1], shown);
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

    public Node getNode() {
        return node;
    }

    /** The groups in order, for shortcuts and tests. */
    public List<TitledPane> groups() {
        return List.copyOf(groups);
    }
}
