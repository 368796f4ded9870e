package juesuan.ui.consolidation;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.LongConsumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import juesuan.failure.Failures;
import juesuan.i18n.Msg;
import juesuan.ui.session.ReportSession;

/**
 * 单位树与汇总: the year's units as the department sees them, adjusted by hand where the loaded packages did not place
 * a unit right, and a node summed into its report. Work runs on the writer; the list, the buttons and a progress
 * mark follow it.
 */
public final class ConsolidationDialog {
    private final ConsolidationViewModel vm;
    private final LongConsumer open;
    private final Dialog<Void> dialog = new Dialog<>();
    private final TableView<ConsolidationViewModel.Row> table = new TableView<>();
    private final TextArea message = new TextArea();
    private final ProgressIndicator busy = new ProgressIndicator();

    private ConsolidationDialog(ReportSession session, LongConsumer open) {
        this.vm = new ConsolidationViewModel(session, session.report().fiscalYear());
        this.open = open;
    }

    /** Shows the dialog for the open report's year; {@code open} opens a report by id (a 汇总 just made). */
    public static Dialog<Void> show(Window owner, ReportSession session, LongConsumer open) {
        ConsolidationDialog d = new ConsolidationDialog(session, open);
        d.build(owner);
        d.run(d.vm.rows(), rows -> d.message.setText(rows.isEmpty() ? Msg.get("tree.emptyHint", d.vm.year()) : Msg.get("tree.hint")));
        d.dialog.show();
        return d.dialog;
    }

    private void build(Window owner) {
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(Msg.get("tree.title"));
        dialog.setHeaderText(Msg.get("tree.header", vm.year()));
        table.setId("unit-tree");
        table.getColumns().add(column(Msg.get("tree.code"), 110, ConsolidationViewModel.Row::code));
        table.getColumns().add(column(Msg.get("tree.name"), 290, ConsolidationViewModel.Row::indentedName));
        table.getColumns().add(column(Msg.get("tree.selfColumn"), 60, ConsolidationViewModel.Row::selfText));
        table.getColumns().add(column(Msg.get("tree.state"), 90, ConsolidationViewModel.Row::state));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(Msg.get("tree.none")));
        table.setPrefSize(560, 230);
        HBox.setHgrow(table, Priority.ALWAYS);
        var selected = table.getSelectionModel().selectedItemProperty();

        Button sum = button("tree-consolidate", "tree.consolidate", () -> {
            ConsolidationViewModel.Row row = selected.get();
            message.setText(Msg.get("tree.consolidating", row.name()));
            run(vm.consolidate(row.code()), done -> {
                message.setText(String.join("\n", Consolidate.summary(done, false)));
                run(vm.rows(), rows -> { });
                open.accept(done.reportId());
            });
        });
        sum.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> selected.get() == null || !selected.get().summary(), selected));
        Button openReport = button("tree-open", "tree.open", () -> run(vm.reportOf(selected.get().code()), id -> {
            if (id.isPresent()) {
                open.accept(id.get());
            } else {
                message.setText(Msg.get("tree.noReport", selected.get().code(), selected.get().name()));
            }
        }));
        openReport.disableProperty().bind(selected.isNull());
        Button add = button("tree-add", "tree.add", this::addDialog);
        Button move = button("tree-move", "tree.move", this::moveDialog);
        move.disableProperty().bind(selected.isNull());
        Button self = button("tree-self", "tree.markSelf", () -> {
            ConsolidationViewModel.Row row = selected.get();
            run(vm.markSelf(row.code(), !row.self()), rows -> message.setText(Msg.get(row.self() ? "tree.unmarked" : "tree.marked", row.name())));
        });
        self.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> selected.get() == null || selected.get().depth() == 0, selected));
        Button remove = button("tree-remove", "tree.remove", () -> {
            ConsolidationViewModel.Row row = selected.get();
            run(vm.remove(row.code()), rows -> message.setText(Msg.get("tree.removed", row.name())));
        });
        remove.disableProperty().bind(selected.isNull());
        busy.setVisible(false);
        busy.setMaxSize(32, 32);
        VBox actions = new VBox(8, sum, openReport, new javafx.scene.control.Separator(), add, move, self, remove, busy);
        for (var n : actions.getChildren()) {
            if (n instanceof Button b) {
                b.setMaxWidth(Double.MAX_VALUE);
                b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // whole words, never 汇…
            }
        }
        actions.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        message.setId("tree-message");
        message.setEditable(false);
        message.setWrapText(true);
        message.setPrefRowCount(4);
        VBox box = new VBox(10, new HBox(10, table, actions), message);
        box.setPadding(new Insets(4));
        dialog.getDialogPane().setContent(box);
        dialog.getDialogPane().setId("tree-dialog");
        // the four columns and the buttons whole, and the whole dialog on a 1366×768 screen at 150 %
        dialog.getDialogPane().setMinWidth(780);
        dialog.getDialogPane().setPrefWidth(780);
        dialog.getDialogPane().getButtonTypes().add(new ButtonType(Msg.get("dialog.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.setResizable(true);
    }

    private Button button(String id, String key, Runnable action) {
        Button b = new Button(Msg.get(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    /** Runs a step: the progress mark while it works, then the list (when it gives rows) and the follow-up, or the failure. */
    private <T> void run(CompletableFuture<T> work, java.util.function.Consumer<T> then) {
        run(work, then, message::setText);
    }

    /** Like {@link #run(CompletableFuture, java.util.function.Consumer)}, the failure told where {@code failed} says. */
    @SuppressWarnings("unchecked")
    private <T> void run(CompletableFuture<T> work, java.util.function.Consumer<T> then, java.util.function.Consumer<String> failed) {
        busy.setVisible(true);
        work.whenComplete((result, failure) -> Platform.runLater(() -> {
            busy.setVisible(false);
            if (failure != null) {
                Throwable cause = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
                        ? failure.getCause() : failure;
                failed.accept(Failures.describe(cause));
                return;
            }
            if (result instanceof List<?> list && (list.isEmpty() || list.getFirst() instanceof ConsolidationViewModel.Row)) {
                String keep = table.getSelectionModel().getSelectedItem() == null ? null : table.getSelectionModel().getSelectedItem().code();
                table.getItems().setAll((List<ConsolidationViewModel.Row>) list);
                table.getItems().stream().filter(r -> r.code().equals(keep)).findFirst().ifPresent(table.getSelectionModel()::select);
            }
            then.accept(result);
        }));
    }

    /** The nodes a unit can go under: the top, then every node of the tree. */
    private ComboBox<ConsolidationViewModel.Row> parentChoice(String exclude) {
        ComboBox<ConsolidationViewModel.Row> parent = new ComboBox<>();
        parent.getItems().add(new ConsolidationViewModel.Row("", Msg.get("tree.top"), 0, false, true, ""));
        table.getItems().stream().filter(r -> !r.code().equals(exclude)).forEach(parent.getItems()::add);
        parent.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(ConsolidationViewModel.Row r) {
                return r == null ? "" : r.code().isEmpty() ? r.name() : r.code() + " " + r.indentedName();
            }

            @Override
            public ConsolidationViewModel.Row fromString(String s) {
                return null;
            }
        });
        ConsolidationViewModel.Row sel = table.getSelectionModel().getSelectedItem();
        parent.setValue(sel != null && exclude == null && sel.summary() ? sel : parent.getItems().getFirst());
        parent.setPrefWidth(360);
        return parent;
    }

    private void addDialog() {
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(dialog.getDialogPane().getScene().getWindow());
        d.setTitle(Msg.get("tree.add"));
        TextField code = new TextField();
        code.setId("tree-add-code");
        TextField name = new TextField();
        name.setId("tree-add-name");
        name.setPrefColumnCount(24);
        ComboBox<ConsolidationViewModel.Row> parent = parentChoice(null);
        GridPane g = form(List.of(Msg.get("tree.code"), Msg.get("tree.name"), Msg.get("tree.parent")), List.of(code, name, parent));
        Label error = new Label();
        error.setId("tree-add-error");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.setMaxWidth(460);
        g.add(error, 0, 3, 2, 1);
        d.getDialogPane().setContent(g);
        ButtonType ok = new ButtonType(Msg.get("dialog.ok"), ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(ok, new ButtonType(Msg.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        // the dialog closes only once the unit is in the tree: a refusal is said in it and what was typed stays
        Button okButton = (Button) d.getDialogPane().lookupButton(ok);
        okButton.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            e.consume();
            okButton.setDisable(true);
            error.setText("");
            run(vm.add(code.getText(), name.getText(), parent.getValue().code()), rows -> {
                message.setText(Msg.get("tree.added", name.getText().strip()));
                d.setResult(ok);
                d.close();
            }, refusal -> {
                okButton.setDisable(false);
                error.setText(refusal);
            });
        });
        d.showAndWait();
    }

    private void moveDialog() {
        ConsolidationViewModel.Row row = table.getSelectionModel().getSelectedItem();
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(dialog.getDialogPane().getScene().getWindow());
        d.setTitle(Msg.get("tree.move"));
        d.setHeaderText(Msg.get("tree.moveHeader", row.code(), row.name()));
        ComboBox<ConsolidationViewModel.Row> parent = parentChoice(row.code());
        d.getDialogPane().setContent(form(List.of(Msg.get("tree.parent")), List.of(parent)));
        ButtonType ok = new ButtonType(Msg.get("dialog.ok"), ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(ok, new ButtonType(Msg.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        Optional<ButtonType> answer = d.showAndWait();
        if (answer.isPresent() && answer.get() == ok) {
            run(vm.move(row.code(), parent.getValue().code()), rows -> message.setText(Msg.get("tree.moved", row.name())));
        }
    }

    private static GridPane form(List<String> labels, List<javafx.scene.control.Control> fields) {
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(8);
        g.setPadding(new Insets(8));
        for (int i = 0; i < labels.size(); i++) {
            g.add(new Label(labels.get(i)), 0, i);
            g.add(fields.get(i), 1, i);
        }
        return g;
    }

    private static TableColumn<ConsolidationViewModel.Row, String> column(String title, double width,
                                                                           java.util.function.Function<ConsolidationViewModel.Row, String> value) {
        TableColumn<ConsolidationViewModel.Row, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setMinWidth(Math.min(width, 100)); // the name gives way first
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setSortable(false);
        return c;
    }
}
