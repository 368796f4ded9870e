package juesuan.ui.forms;

import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import juesuan.i18n.Msg;
import juesuan.model.PerformanceProject;
import juesuan.ui.sheet.SheetView;
import juesuan.ui.sheet.SheetViewModel;

/** 预算绩效管理情况: the overview figures, then each published project's 绩效目标自评表. */
public final class PerformanceView extends ScrollPane {
    private final PerformanceViewModel vm;
    private final FieldFormView overview;
    private final FieldFormView header = new FieldFormView();
    private final ComboBox<PerformanceProject> projects = new ComboBox<>();
    private final VBox projectBox;
    private boolean updating;

    public PerformanceView(PerformanceViewModel vm) {
        this.vm = vm;
        getStyleClass().add("form-scroll");
        setFitToWidth(true);
        overview = new FieldFormView(new FieldFormModel(vm.session(), "performance"));
        overview.setPadding(Insets.EMPTY);

        projects.setId("project-select");
        projects.setPrefWidth(420);
        projects.setCellFactory(l -> new ProjectCell());
        projects.setButtonCell(new ProjectCell());
        projects.valueProperty().addListener((o, a, b) -> {
            if (!updating && b != null) {
                vm.selectedProperty().set(vm.projects().indexOf(b));
            }
        });
        Button add = new Button(Msg.get("project.add"));
        add.setId("project-add");
        add.setOnAction(e -> vm.addProject());
        Button remove = new Button(Msg.get("project.remove"));
        remove.setOnAction(e -> vm.removeProject());
        Label pick = new Label(Msg.get("project.pick"));
        HBox bar = new HBox(8, pick, projects, add, remove);
        bar.setAlignment(Pos.CENTER_LEFT);

        GridPane grid = FieldFormView.FormGrid.create();
        int row = 0;
        for (ProjectField f : ProjectField.values()) {
            String suffix = switch (f.type()) {
                case MONEY -> Msg.get("unit.wan");
                case DECIMAL -> Msg.get("unit.points");
                default -> "";
            };
            row = header.addField(grid, row, Msg.get(f.labelKey()), f.type(), suffix, "", false,
                    () -> vm.text(f), text -> vm.commit(f, text), "project-" + f.name().toLowerCase(java.util.Locale.ROOT));
        }
        IndicatorSheetModel indicators = new IndicatorSheetModel(vm);
        SheetView sheet = new SheetView(new SheetViewModel(indicators, vm.session()));
        sheet.setId("indicator-sheet");
        sheet.setPrefHeight(SheetView.HEADER_HEIGHT + SheetView.ROW_HEIGHT * 8 + 20);
        Button addIndicator = new Button(Msg.get("indicator.add"));
        addIndicator.setOnAction(e -> indicators.addIndicator());
        Button removeIndicator = new Button(Msg.get("indicator.remove"));
        removeIndicator.setOnAction(e -> indicators.removeIndicator(sheet.viewModel().focusRow()));
        Label indicatorTitle = new Label(Msg.get("indicator.title"));
        indicatorTitle.getStyleClass().add("form-title");
        HBox indicatorBar = new HBox(8, indicatorTitle, addIndicator, removeIndicator);
        indicatorBar.setAlignment(Pos.CENTER_LEFT);

        projectBox = new VBox(10, FieldFormView.FormGrid.titled(Msg.get("project.header"), grid), indicatorBar, sheet);
        Label formTitle = new Label(Msg.get("project.formTitle"));
        formTitle.getStyleClass().add("form-title");
        VBox content = new VBox(14, overview, new VBox(8, formTitle, bar), projectBox);
        content.setPadding(new Insets(16));
        setContent(content);

        vm.selectedProperty().addListener((o, a, b) -> sync());
        juesuan.ui.Listeners.whileAlive(this, vm.session().revisionProperty(), this::sync);
        sync();
    }

    private void sync() {
        updating = true;
        try {
            projects.setItems(FXCollections.observableArrayList(vm.projects()));
            PerformanceProject p = vm.project();
            projects.setValue(p);
            projectBox.setDisable(p == null);
        } finally {
            updating = false;
        }
        header.refresh();
        overview.refresh();
    }

    private static final class ProjectCell extends ListCell<PerformanceProject> {
        @Override
        protected void updateItem(PerformanceProject item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? "" : item.getName());
        }
    }
}
