package juesuan.ui.forms;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import juesuan.i18n.Msg;
import juesuan.model.GlossaryTerm;
import juesuan.ui.session.ReportSession;

/** 名词解释: prefilled from the year's template, editable, reorderable, and restorable to the template's list. */
public final class GlossaryView extends ScrollPane {
    private final ReportSession session;
    private final ListEditor<GlossaryTerm> editor;

    public GlossaryView(ReportSession session) {
        this.session = session;
        getStyleClass().add("form-scroll");
        setFitToWidth(true);
        editor = new ListEditor<>(Msg.get("glossary.add"), this::terms, this::save, () -> new GlossaryTerm("", ""),
                (item, changed) -> {
                    TextField term = new TextField(item.term());
                    term.setPrefWidth(240);
                    term.setMinWidth(160);
                    term.setPromptText(Msg.get("glossary.term"));
                    TextArea definition = new TextArea(item.definition());
                    definition.setWrapText(true);
                    definition.setPrefRowCount(2);
                    definition.setPromptText(Msg.get("glossary.definition"));
                    Runnable commit = () -> changed.accept(new GlossaryTerm(term.getText().strip(), definition.getText().strip()));
                    term.focusedProperty().addListener((o, was, is) -> {
                        if (was && !is) {
                            commit.run();
                        }
                    });
                    definition.focusedProperty().addListener((o, was, is) -> {
                        if (was && !is) {
                            commit.run();
                        }
                    });
                    HBox row = new HBox(8, term, definition);
                    HBox.setHgrow(definition, Priority.ALWAYS);
                    return row;
                });
        editor.setId("glossary");
        Button restore = new Button(Msg.get("glossary.restore"));
        restore.setOnAction(e -> {
            save(session.template().glossary());
            editor.rebuild();
            session.say(Msg.get("glossary.restored"));
        });
        Label title = new Label(Msg.get("glossary.title"));
        title.getStyleClass().add("form-title");
        HBox head = new HBox(12, title, restore);
        VBox content = new VBox(10, head, editor);
        content.setPadding(new Insets(16));
        setContent(content);
    }

    private List<GlossaryTerm> terms() {
        return List.copyOf(session.report().glossary());
    }

    private void save(List<GlossaryTerm> terms) {
        if (session.refuseIfLocked()) {
            return;
        }
        List<GlossaryTerm> after = List.copyOf(new ArrayList<>(terms));
        List<GlossaryTerm> before = List.copyOf(session.report().glossary());
        if (after.equals(before)) {
            return;
        }
        long id = session.reportId();
        session.change(Msg.get("edit.glossary"), juesuan.ui.session.EditPlace.section("glossary"), before, after, list -> {
            session.report().glossary().clear();
            session.report().glossary().addAll(list);
        }, (store, list) -> store.saveGlossary(id, list));
    }

    public void refresh() {
        editor.rebuild();
    }
}
