package juesuan.ui.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import juesuan.model.FieldDef;
import juesuan.model.FormSection;
import juesuan.model.ValueType;

/** A form of labelled fields, one titled group per section; a refused value shows its message next to the field. */
public final class FieldFormView extends VBox {
    private final List<Runnable> refreshers = new ArrayList<>();

    /** An empty form; fields are added with {@link #addField}. */
    public FieldFormView() {
        getStyleClass().add("field-form");
    }

    public FieldFormView(FieldFormModel model) {
        getStyleClass().add("field-form");
        setSpacing(14);
        setPadding(new Insets(16));
        for (FormSection s : model.sections()) {
            GridPane grid = FormGrid.create();
            int row = 0;
            for (FieldDef f : s.fields()) {
                row = addField(grid, row, f.label(), f.type(), f.suffix(), f.hint(), f.computed(),
                        () -> model.text(f), text -> model.commit(f, text), "field-" + f.key());
            }
            getChildren().add(FormGrid.titled(s.title(), grid));
        }
    }

    /**
     * Adds a labelled field to a grid. Returns the next free row.
     *
     * @param read   the current text
     * @param commit accepts text, returns null or the refusal message
     */
    public int addField(GridPane grid, int row, String label, ValueType type, String suffix, String hint, boolean readOnly,
                        Supplier<String> read, Function<String, String> commit, String id) {
        TextInputControl input = FormGrid.input(type);
        input.setId(id);
        if (id.startsWith("field-")) {
            markField(input, id.substring("field-".length()));
        }
        input.setText(read.get());
        input.setEditable(!readOnly);
        if (readOnly) {
            input.getStyleClass().add("computed");
        }
        if (hint != null && !hint.isEmpty()) {
            input.setPromptText(hint);
        }
        Label error = new Label();
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.setVisible(false);
        error.setManaged(false);
        Runnable save = () -> {
            if (readOnly) {
                return;
            }
            String message = commit.apply(input.getText());
            input.getStyleClass().remove("error");
            error.setVisible(message != null);
            error.setManaged(message != null);
            if (message != null) {
                input.getStyleClass().add("error");
                error.setText(message);
            } else {
                input.setText(read.get());
            }
        };
        input.focusedProperty().addListener((o, was, is) -> {
            if (was && !is) {
                save.run();
            }
        });
        if (input instanceof TextField tf) {
            tf.setOnAction(e -> save.run());
        }
        input.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                input.setText(read.get());
                input.getStyleClass().remove("error");
                error.setVisible(false);
                error.setManaged(false);
            }
        });
        refreshers.add(() -> {
            if (!input.isFocused() && !input.getStyleClass().contains("error")) {
                input.setText(read.get());
            }
        });
        Label l = new Label(label);
        l.getStyleClass().add("field-label");
        l.setWrapText(true);
        grid.add(l, 0, row);
        if (suffix != null && !suffix.isEmpty()) {
            Label unit = new Label(suffix);
            unit.getStyleClass().add("field-suffix");
            HBox box = new HBox(6, input, unit);
            box.setAlignment(Pos.CENTER_LEFT);
            grid.add(box, 1, row);
        } else {
            grid.add(input, 1, row);
            GridPane.setHgrow(input, Priority.ALWAYS);
        }
        grid.add(error, 1, row + 1);
        GridPane.setValignment(l, type == ValueType.TEXT ? javafx.geometry.VPos.TOP : javafx.geometry.VPos.CENTER);
        return row + 2;
    }

    /** Re-reads every field that is not being edited (after an undo or a change elsewhere). */
    public void refresh() {
        refreshers.forEach(Runnable::run);
    }

    /** Something else to re-read on {@link #refresh()} (a field this form does not build itself). */
    public void onRefresh(Runnable r) {
        refreshers.add(r);
    }

    /** The node property naming the field a node edits, so that a 审核 finding about it can go there. */
    public static final String FIELD = "juesuan.field";

    /** Marks a node as the editor of a field (a finding's {@code Place.field} key). */
    public static void markField(javafx.scene.Node node, String key) {
        node.getProperties().put(FIELD, key);
    }

    /** Shared layout helpers of the forms. */
    static final class FormGrid {
        private FormGrid() {
        }

        static GridPane create() {
            GridPane grid = new GridPane();
            grid.setHgap(10);
            grid.setVgap(4);
            ColumnConstraints c0 = new ColumnConstraints(210);
            ColumnConstraints c1 = new ColumnConstraints(160, 600, 1000);
            c1.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().addAll(c0, c1);
            return grid;
        }

        static TextInputControl input(ValueType type) {
            if (type == ValueType.TEXT) {
                TextArea a = new TextArea();
                a.setWrapText(true);
                a.setPrefRowCount(2);
                return a;
            }
            TextField f = new TextField();
            if (type == ValueType.MONEY || type == ValueType.COUNT || type == ValueType.DECIMAL) {
                f.setAlignment(Pos.CENTER_RIGHT);
                f.setPrefWidth(200);
                f.setMaxWidth(200);
            }
            return f;
        }

        static VBox titled(String title, GridPane grid) {
            Label t = new Label(title);
            t.getStyleClass().add("form-title");
            VBox box = new VBox(8, t, grid);
            box.getStyleClass().add("form-section");
            return box;
        }
    }
}
