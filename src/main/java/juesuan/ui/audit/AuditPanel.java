package juesuan.ui.audit;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.BorderPane;
import juesuan.audit.Finding;
import juesuan.audit.Place;
import juesuan.audit.Severity;
import juesuan.i18n.Msg;
import juesuan.ui.Listeners;

/**
 * The 审核 panel at the bottom of the main window: every finding in plain Chinese, updated after each edit;
 * double-click leads to the cell; a 提示 takes its 出错说明 in the last column.
 */
public final class AuditPanel extends BorderPane {
    private final AuditViewModel vm;
    private final TableView<Finding> table = new TableView<>();
    private final Label summary = new Label();
    private final javafx.beans.property.BooleanProperty collapsed = new javafx.beans.property.SimpleBooleanProperty();

    /** Whether the panel is folded to its one-line summary. */
    public javafx.beans.property.BooleanProperty collapsedProperty() {
        return collapsed;
    }

    public AuditPanel(AuditViewModel vm, Consumer<Place> jump) {
        this.vm = vm;
        getStyleClass().add("audit-panel");
        setId("audit-panel");
        summary.setId("audit-summary");
        summary.getStyleClass().add("audit-summary");
        Label title = new Label(Msg.get("auditPanel.title"));
        title.getStyleClass().add("form-title");
        javafx.scene.control.ToggleButton fold = new javafx.scene.control.ToggleButton();
        fold.setId("audit-fold");
        fold.getStyleClass().add("small");
        fold.selectedProperty().bindBidirectional(collapsed);
        fold.textProperty().bind(javafx.beans.binding.Bindings.when(collapsed)
                .then(Msg.get("auditPanel.expand")).otherwise(Msg.get("auditPanel.collapse")));
        javafx.scene.layout.Region gap = new javafx.scene.layout.Region();
        javafx.scene.layout.HBox.setHgrow(gap, javafx.scene.layout.Priority.ALWAYS);
        javafx.scene.layout.HBox head = new javafx.scene.layout.HBox(12, title, summary, gap, fold);
        head.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        head.setPadding(new Insets(4, 8, 4, 8));
        setTop(head);
        // folded, the panel is its one-line summary: the table goes, and the panel is no taller than the line
        table.visibleProperty().bind(collapsed.not());
        table.managedProperty().bind(collapsed.not());
        collapsed.addListener((o, a, b) -> {
            setMinHeight(b ? head.prefHeight(-1) : USE_COMPUTED_SIZE);
            setMaxHeight(b ? head.prefHeight(-1) : Double.MAX_VALUE);
        });

        table.setId("audit-table");
        table.setEditable(true);
        table.setPlaceholder(new Label(Msg.get("auditPanel.clean")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<Finding, String> type = new TableColumn<>(Msg.get("auditPanel.type"));
        type.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().severity().label()));
        type.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                getStyleClass().removeAll("finding-error", "finding-hint", "finding-rounding");
                if (!empty && getTableRow() != null && getTableRow().getItem() != null) {
                    getStyleClass().add(switch (getTableRow().getItem().severity()) {
                        case ERROR -> "finding-error";
                        case HINT -> "finding-hint";
                        case ROUNDING -> "finding-rounding";
                    });
                }
            }
        });
        type.setPrefWidth(54);
        type.setMaxWidth(60);
        TableColumn<Finding, String> rule = new TableColumn<>(Msg.get("auditPanel.rule"));
        rule.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().ruleId()));
        rule.setPrefWidth(62);
        rule.setMaxWidth(80);
        TableColumn<Finding, String> message = new TableColumn<>(Msg.get("auditPanel.message"));
        message.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().message()));
        message.setPrefWidth(760);
        message.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setWrapText(true);
            }
        });
        TableColumn<Finding, String> where = new TableColumn<>(Msg.get("auditPanel.where"));
        where.setCellValueFactory(c -> new ReadOnlyStringWrapper(vm.tabName(c.getValue().place().tab())));
        where.setPrefWidth(110);
        where.setMaxWidth(140);
        TableColumn<Finding, String> explanation = new TableColumn<>(Msg.get("auditPanel.explanation"));
        explanation.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                switch (c.getValue().severity()) {
                    case HINT -> vm.explanation(c.getValue());
                    case ERROR -> Msg.get("auditPanel.mustFix");
                    case ROUNDING -> Msg.get("auditPanel.noNeed");
                }));
        explanation.setCellFactory(c -> new TextFieldTableCell<>(new javafx.util.converter.DefaultStringConverter()) {
            @Override
            public void startEdit() {
                if (getTableRow() != null && getTableRow().getItem() != null && getTableRow().getItem().severity() == Severity.HINT) {
                    super.startEdit();
                }
            }
        });
        explanation.setOnEditCommit(e -> vm.setExplanation(e.getRowValue(), e.getNewValue()));
        explanation.setEditable(true);
        explanation.setPrefWidth(260);
        table.getColumns().add(type);
        table.getColumns().add(rule);
        table.getColumns().add(message);
        table.getColumns().add(where);
        table.getColumns().add(explanation);
        table.setRowFactory(t -> {
            TableRow<Finding> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    Place place = row.getItem().place();
                    e.consume();
                    // after the table has finished with the clicks (it takes the focus back while handling them), so
                    // the cell or field gone to keeps it
                    javafx.animation.PauseTransition later = new javafx.animation.PauseTransition(javafx.util.Duration.millis(80));
                    later.setOnFinished(x -> jump.accept(place));
                    later.play();
                }
            });
            return row;
        });
        setCenter(table);
        // a change starts the 审核 in the background; the panel shows the findings when they are in
        Listeners.whileAlive(this, vm.session().revisionProperty(), this::changed);
        vm.addListener(this::refresh);
        refresh();
    }

    private void changed() {
        vm.changed();
        if (!vm.isCurrent()) {
            summary.setText(vm.summary());
        }
    }

    public void refresh() {
        table.setItems(FXCollections.observableArrayList(vm.findings()));
        summary.setText(vm.summary());
        summary.getStyleClass().removeAll("status-error", "audit-ok");
        summary.getStyleClass().add(vm.canFinalize() ? "audit-ok" : "status-error");
    }

    public TableView<Finding> table() {
        return table;
    }
}
