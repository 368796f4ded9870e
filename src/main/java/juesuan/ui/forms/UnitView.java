package juesuan.ui.forms;

import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import juesuan.i18n.Msg;
import juesuan.model.UnitItemKind;
import juesuan.model.ValueType;

/** 单位基本情况: name, 主管部门, type, 职能职责, 单位构成 and 联系方式. */
public final class UnitView extends ScrollPane {
    private final UnitViewModel vm;
    private final FieldFormView fields = new FieldFormView();

    public UnitView(UnitViewModel vm) {
        this.vm = vm;
        getStyleClass().add("form-scroll");
        setFitToWidth(true);
        VBox content = new VBox(14);
        content.setPadding(new Insets(16));

        GridPane basic = FieldFormView.FormGrid.create();
        Label codeLabel = new Label(Msg.get("unit.code"));
        codeLabel.getStyleClass().add("field-label");
        Label code = new Label(vm.code());
        code.setId("unit-code");
        basic.add(codeLabel, 0, 0);
        basic.add(code, 1, 0);
        int row = field(basic, 1, UnitViewModel.Field.NAME, "unit.name", "unit.nameHint");
        row = field(basic, row, UnitViewModel.Field.SUPERVISOR, "unit.supervisor", "unit.supervisorHint");
        typeField(basic, row);
        content.getChildren().add(FieldFormView.FormGrid.titled(Msg.get("unit.basic"), basic));

        content.getChildren().add(list("unit.duties", "unit.addDuty", UnitItemKind.DUTY, 3, "duties"));
        content.getChildren().add(vm.membersFromConsolidation() ? members()
                : list("unit.subunits", "unit.addSubunit", UnitItemKind.SUBUNIT, 1, null));
        content.getChildren().add(list("unit.bodies", "unit.addBody", UnitItemKind.BODY, 1, "structure"));

        GridPane contact = FieldFormView.FormGrid.create();
        row = field(contact, 0, UnitViewModel.Field.CONTACT_PERSON, "unit.contactPerson", null);
        field(contact, row, UnitViewModel.Field.CONTACT_PHONE, "unit.contactPhone", null);
        content.getChildren().add(FieldFormView.FormGrid.titled(Msg.get("unit.contact"), contact));
        content.getChildren().add(finalLog());
        setContent(content);
        // an undo, a restore or a change made elsewhere shows here at once (a field being typed in keeps its text)
        juesuan.ui.Listeners.whileAlive(this, vm.session().revisionProperty(), this::refresh);
    }

    /** The list editors, re-read on {@link #refresh()}. */
    private final List<ListEditor<String>> lists = new java.util.ArrayList<>();

    /** 定稿记录: every 定稿 and 解除定稿 with who, when and why, newest first; kept current as the report changes. */
    private VBox finalLog() {
        Label title = new Label(Msg.get("unit.finalLog"));
        title.getStyleClass().add("form-title");
        VBox lines = new VBox(4);
        lines.setId("final-log");
        Runnable fill = () -> {
            lines.getChildren().clear();
            var log = vm.finalLog();
            if (log.isEmpty()) {
                Label none = new Label(Msg.get("unit.finalLogEmpty"));
                none.getStyleClass().add("table-note");
                lines.getChildren().add(none);
            }
            log.forEach(l -> {
                Label line = new Label(l);
                line.setWrapText(true);
                lines.getChildren().add(line);
            });
        };
        fill.run();
        juesuan.ui.Listeners.whileAlive(lines, vm.session().revisionProperty(), fill);
        VBox box = new VBox(8, title, lines);
        box.getStyleClass().add("form-section");
        return box;
    }

    /**
     * 单位构成 of a 汇总 report: the members it was summed from, read-only (the tree decides them), in a list that makes
     * rows only for what is on screen — a department may have hundreds.
     */
    private VBox members() {
        Label title = new Label(Msg.get("unit.subunits"));
        title.getStyleClass().add("form-title");
        javafx.scene.control.ListView<String> list = new javafx.scene.control.ListView<>();
        list.setId("list-subunit");
        List<String> items = vm.items(UnitItemKind.SUBUNIT);
        for (int i = 0; i < items.size(); i++) {
            list.getItems().add((i + 1) + ". " + items.get(i));
        }
        list.setFocusTraversable(false);
        list.setPrefHeight(Math.min(8, Math.max(1, items.size())) * 28 + 4);
        Label note = new Label(Msg.get("unit.membersFromConsolidation", items.size()));
        note.getStyleClass().add("table-note");
        note.setWrapText(true);
        VBox box = new VBox(8, title, note, list);
        box.getStyleClass().add("form-section");
        return box;
    }

    private int field(GridPane grid, int row, UnitViewModel.Field f, String labelKey, String hintKey) {
        String id = "unit-" + f.name().toLowerCase(Locale.ROOT);
        int next = fields.addField(grid, row, Msg.get(labelKey), ValueType.LINE, "", hintKey == null ? "" : Msg.get(hintKey), false,
                () -> vm.get(f), text -> vm.commit(f, text), id);
        grid.getChildren().stream().filter(n -> id.equals(n.getId())).findFirst().ifPresent(n -> {
            FieldFormView.markField(n, UnitViewModel.item(f));
            if (hintKey != null) {
                javafx.scene.control.Tooltip.install(n, new javafx.scene.control.Tooltip(Msg.get(hintKey)));
            }
        });
        return next;
    }

    /** 单位类型: one of the template's types (the rules read the exact words); a stored type of another wording stays shown. */
    private void typeField(GridPane grid, int row) {
        javafx.scene.control.ComboBox<String> box = new javafx.scene.control.ComboBox<>();
        box.setId("unit-unit_type");
        FieldFormView.markField(box, UnitViewModel.item(UnitViewModel.Field.UNIT_TYPE));
        box.setPromptText(Msg.get("unit.typePrompt"));
        box.setMaxWidth(Double.MAX_VALUE);
        Label error = new Label();
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.setVisible(false);
        error.setManaged(false);
        boolean[] filling = {false};
        Runnable fill = () -> {
            filling[0] = true;
            box.getItems().setAll(vm.unitTypes());
            String current = vm.get(UnitViewModel.Field.UNIT_TYPE);
            if (!current.isEmpty() && !box.getItems().contains(current)) {
                box.getItems().add(current); // an older free-text type: shown as it is, 审核 asks for one of the list
            }
            box.setValue(current.isEmpty() ? null : current);
            filling[0] = false;
        };
        fill.run();
        box.valueProperty().addListener((o, a, b) -> {
            if (filling[0] || b == null) {
                return;
            }
            String message = vm.commit(UnitViewModel.Field.UNIT_TYPE, b);
            error.setText(message == null ? "" : message);
            error.setVisible(message != null);
            error.setManaged(message != null);
            if (message != null) {
                fill.run();
            }
        });
        fields.onRefresh(() -> {
            if (!box.isShowing()) {
                fill.run();
            }
        });
        Label l = new Label(Msg.get("unit.type"));
        l.getStyleClass().add("field-label");
        grid.add(l, 0, row);
        grid.add(box, 1, row);
        grid.add(error, 1, row + 1);
    }

    private VBox list(String titleKey, String addKey, UnitItemKind kind, int rows, String findingKey) {
        ListEditor<String> editor = new ListEditor<>(Msg.get(addKey), () -> vm.items(kind), items -> vm.setItems(kind, items),
                () -> "", (item, changed) -> {
                    TextArea a = new TextArea(item);
                    a.setWrapText(true);
                    a.setPrefRowCount(rows);
                    a.focusedProperty().addListener((o, was, is) -> {
                        if (was && !is) {
                            changed.accept(a.getText().strip());
                        }
                    });
                    return a;
                });
        editor.setId("list-" + kind.name().toLowerCase(Locale.ROOT));
        lists.add(editor);
        if (findingKey != null) {
            FieldFormView.markField(editor, findingKey);
        }
        Label title = new Label(Msg.get(titleKey));
        title.getStyleClass().add("form-title");
        VBox box = new VBox(8, title, editor);
        box.getStyleClass().add("form-section");
        return box;
    }

    public void refresh() {
        fields.refresh();
        lists.forEach(ListEditor::refresh);
    }
}
