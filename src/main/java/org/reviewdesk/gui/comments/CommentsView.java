package org.reviewdesk.gui.comments;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.reviewdesk.model.library.PostComment;

/**
 * The Comments panel: the open post's threads, open first, each with the text it is on ("text removed" when that text
 * was deleted) and its replies; buttons to reply, resolve or reopen, edit and delete the selected one; and the composer
 * those open, which also takes a new comment on the editor's selection. Ctrl+Enter sends, Escape cancels.
 */
public final class CommentsView {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM HH:mm").withZone(ZoneId.systemDefault());

    private final CommentsViewModel model;
    private final TitledPane pane = new TitledPane();
    private final ListView<PostComment> list = new ListView<>();
    private final TextArea draft = new TextArea();
    /** Set while the selection is put back after a reload, when it is no pick of the user's. */
    private boolean restoring;
    /** The post for which the panel last opened itself. */
    private long openedFor = -1;

    public CommentsView(CommentsViewModel model) {
        this.model = model;
        list.setId("comments-list");
        list.setItems(model.threads());
        list.setCellFactory(v -> new ThreadCell());
        list.setPlaceholder(new Label("No comments. Select text in the source and press Ctrl+Alt+M."));
        VBox.setVgrow(list, Priority.ALWAYS);
        // The composer first and the buttons next, the list last: in a short panel what goes out of sight is the end
        // of the list, never the text being written or the commands.
        list.setMinHeight(0);
        // A ListView asks for 400 pixels; the panel shares the room below the source with the findings.
        list.setPrefHeight(120);
        VBox content = new VBox(6, composer(), buttons(), list);
        content.setPadding(new Insets(4));
        pane.setId("comments-panel");
        pane.setContent(content);
        pane.textProperty().bind(Bindings.createStringBinding(() -> model.summaryProperty().get().isEmpty() ? "Comments"
                : "Comments \u2014 " + model.summaryProperty().get(), model.summaryProperty()));
        pane.getStyleClass().add("comments-panel");
        // Below the source: its buttons must not widen the editor's column (and push the preview out of the window)
        // when the window is narrow; the list and the composer shrink with the panel.
        pane.setMinWidth(0);
        content.setMinWidth(0);
        pane.setMinHeight(0);
        content.setMinHeight(0);
        // Folded until there is something to read: the findings keep the room below the source for a post without
        // comments; opening a post with comments, or writing one, opens it (once per post: folded, it stays folded).
        pane.setExpanded(false);
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now == null && was != null && model.postId() == was.postId()) {
                javafx.application.Platform.runLater(() -> keepSelection(was.id()));
            }
        });
        model.threads().addListener((javafx.collections.ListChangeListener<PostComment>) c -> {
            if (!model.threads().isEmpty() && model.postId() != openedFor) {
                openedFor = model.postId();
                pane.setExpanded(true);
            }
        });
    }

    private javafx.scene.layout.FlowPane buttons() {
        var selected = list.getSelectionModel().selectedItemProperty();
        Button reply = button("Reply\u2026", "comment-reply", () -> model.startReply(selected.get()));
        Button resolve = button("Resolve", "comment-resolve", () -> model.resolve(selected.get()));
        resolve.textProperty().bind(Bindings.createStringBinding(() ->
                selected.get() != null && selected.get().resolved() ? "Reopen" : "Resolve", selected));
        Button edit = button("Edit\u2026", "comment-edit", () -> model.startEdit(selected.get()));
        Button delete = button("Delete", "comment-delete", () -> model.delete(selected.get()));
        for (Button b : new Button[] {reply, resolve, edit, delete}) b.disableProperty().bind(selected.isNull());
        javafx.scene.layout.FlowPane row = new javafx.scene.layout.FlowPane(6, 4, reply, resolve, edit, delete);
        row.setMinWidth(0);
        return row;
    }

    private VBox composer() {
        Label what = new Label();
        what.setId("comment-target");
        what.textProperty().bind(Bindings.createStringBinding(() -> switch (model.targetProperty().get().mode()) {
            case NEW -> "Comment on \u201c" + shorten(model.targetProperty().get().quote()) + "\u201d";
            case REPLY -> "Reply";
            case EDIT -> "Edit the comment";
            case NONE -> "";
        }, model.targetProperty()));
        draft.setId("comment-draft");
        draft.setPrefRowCount(3);
        draft.setMinHeight(40);
        draft.setWrapText(true);
        draft.textProperty().bindBidirectional(model.draftProperty());
        draft.setOnKeyPressed(this::draftKey);
        Button send = button("Comment", "comment-submit", model::submit);
        send.setDefaultButton(false);
        Button cancel = button("Cancel", "comment-cancel", model::cancel);
        VBox box = new VBox(4, what, draft, new HBox(6, send, cancel));
        box.setMinWidth(0);
        draft.setMinWidth(0);
        var composing = Bindings.createBooleanBinding(() -> model.targetProperty().get().mode() != CommentsViewModel.Mode.NONE,
                model.targetProperty());
        box.visibleProperty().bind(composing);
        box.managedProperty().bind(composing);
        model.targetProperty().addListener((o, was, now) -> {
            if (now.mode() != CommentsViewModel.Mode.NONE) {
                pane.setExpanded(true);
                focusWhenShown(draft, pane.getContent());
            }
        });
        return box;
    }

    /**
     * Puts the focus in {@code node} once {@code content} shows. A folded pane shows its content at the first frame of
     * its unfolding, not when it is told to unfold, and a focus request before that is ignored: the first comment on
     * a post was typed into the source, over the text it was on, and saved there.
     */
    private static void focusWhenShown(javafx.scene.Node node, javafx.scene.Node content) {
        if (content.isVisible()) {
            node.requestFocus();
            return;
        }
        content.visibleProperty().addListener(new javafx.beans.value.ChangeListener<Boolean>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was, Boolean shown) {
                if (!shown) return;
                o.removeListener(this);
                node.requestFocus();
            }
        });
    }

    /** Ctrl+Enter sends the comment, Escape drops it. */
    private void draftKey(javafx.scene.input.KeyEvent e) {
        if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
            model.submit();
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE) {
            model.cancel();
            e.consume();
        }
    }

    private static Button button(String text, String id, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        // Small, as the findings' buttons are: four of them fit one row of a narrow panel, which leaves the list its room.
        b.getStyleClass().add("small");
        b.setOnAction(e -> action.run());
        return b;
    }

    /** Called with the comment the user picked in the list (to select its span in the source). */
    public void setOnPick(Consumer<PostComment> pick) {
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null && !restoring) pick.accept(now);
        });
    }

    /** The list was read again: the comment that was selected stays selected, without selecting its text again. */
    private void keepSelection(long id) {
        restoring = true;
        try {
            model.threads().stream().filter(c -> c.id() == id).findFirst().ifPresent(c -> list.getSelectionModel().select(c));
        } finally {
            restoring = false;
        }
    }

    public TitledPane getNode() {
        return pane;
    }

    static String shorten(String text) {
        String one = text == null ? "" : text.replaceAll("\\s+", " ").strip();
        return one.length() <= 60 ? one : one.substring(0, 57) + "\u2026";
    }

    /** A thread: who and where, its text, then its replies. */
    private static final class ThreadCell extends ListCell<PostComment> {
        @Override
        protected void updateItem(PostComment c, boolean empty) {
            super.updateItem(c, empty);
            getStyleClass().removeAll("comment-resolved", "comment-text-removed");
            if (empty || c == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            PostComment.Anchor a = c.anchor();
            String where = a == null ? "" : a.textRemoved() ? " \u00b7 text removed: \u201c" + shorten(a.quote()) + "\u201d"
                    : " \u00b7 on \u201c" + shorten(a.quote()) + "\u201d";
            Label head = new Label(c.author() + " \u00b7 " + WHEN.format(c.createdAt()) + " \u00b7 " + c.state() + where);
            head.getStyleClass().add("comment-head");
            Label text = new Label(c.text());
            text.setWrapText(true);
            VBox box = new VBox(2, head, text);
            for (PostComment r : c.replies()) {
                Label reply = new Label("\u21b3 " + r.author() + ": " + r.text());
                reply.setWrapText(true);
                reply.getStyleClass().add("comment-reply");
                box.getChildren().add(reply);
            }
            box.setMaxWidth(getListView() == null ? 400 : getListView().getWidth() - 30);
            if (c.resolved()) getStyleClass().add("comment-resolved");
            if (a != null && a.textRemoved()) getStyleClass().add("comment-text-removed");
            setText(null);
            setGraphic(box);
        }
    }
}
