package juesuan.ui.tables;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import juesuan.i18n.Msg;
import juesuan.model.TableTemplate;
import juesuan.ui.session.ReportSession;
import juesuan.ui.sheet.SheetView;
import juesuan.ui.sheet.SheetViewModel;

/** One 公开表: title, 单位：万元, the grid, and for 功能分类 tables the buttons to add and remove 项 rows. */
public final class TableTab extends VBox {
    private final TableSheetModel model;
    private final SheetView sheet;

    public TableTab(ReportSession session, String tableCode) {
        model = new TableSheetModel(session, tableCode);
        TableTemplate t = model.template();
        getStyleClass().add("table-tab");
        setSpacing(6);
        setPadding(new Insets(10, 12, 8, 12));
        sheet = new SheetView(new SheetViewModel(model, session));
        sheet.setId("sheet-" + tableCode);

        Label title = new Label(t.number() + "  " + t.title());
        title.getStyleClass().add("table-title");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Label unit = new Label(Msg.get("table.unitWan"));
        unit.getStyleClass().add("table-unit");
        HBox bar = new HBox(10, title);
        bar.setAlignment(Pos.CENTER_LEFT);
        if (model.variableRows()) {
            Button add = new Button(Msg.get("rows.add"));
            add.setId("add-row-" + tableCode);
            add.setOnAction(e -> CodePickerDialog.show(getScene().getWindow(), model).ifPresent(code -> {
                sheet.viewModel().select(code, t.columns().get(t.columns().size() > 1 ? 1 : 0).key());
                sheet.requestFocus();
            }));
            Button remove = new Button(Msg.get("rows.remove"));
            remove.setId("remove-row-" + tableCode);
            remove.setOnAction(e -> {
                String row = sheet.viewModel().rowKey(sheet.viewModel().focusRow());
                if (model.canRemove(row)) {
                    model.removeRow(row);
                } else {
                    session.warn(Msg.get("rows.cannotRemove"));
                }
            });
            Button importCatalog = new Button(Msg.get("catalogImport.button"));
            importCatalog.setId("import-catalog-" + tableCode);
            importCatalog.setTooltip(new javafx.scene.control.Tooltip(Msg.get("catalogImport.tip")));
            importCatalog.setOnAction(e -> CatalogImportDialog.show(getScene().getWindow(), session));
            bar.getChildren().addAll(add, remove, importCatalog);
        }
        bar.getChildren().addAll(gap, juesuan.ui.excel.ExcelMenu.create(session, "excel-" + tableCode), unit);
        // where the grey and the italic figures come from: a line of its own under the title, so the buttons keep
        // their words on a narrow or scaled screen
        Label from = new Label(model.derivedNote());
        from.setId("derived-note-" + tableCode);
        from.getStyleClass().add("field-hint");
        from.setWrapText(true);
        from.setVisible(!from.getText().isEmpty());
        from.setManaged(!from.getText().isEmpty());
        for (javafx.scene.Node n : bar.getChildren()) {
            if (n instanceof javafx.scene.layout.Region r && n != gap) {
                r.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        Label note = new Label(t.note());
        note.getStyleClass().add("table-note");
        note.setWrapText(true);
        VBox.setVgrow(sheet, Priority.ALWAYS);
        getChildren().addAll(bar, from, offerBar(session, tableCode), sheet, note);
    }

    /**
     * The codes the report's other tables have and this one lacks (a code is chosen once): listed over the grid with a
     * button that adds them all; hidden when there are none. Follows every change of the report.
     */
    private HBox offerBar(ReportSession session, String tableCode) {
        Label text = new Label();
        text.setWrapText(true);
        text.setId("offer-note-" + tableCode);
        Button take = new Button(Msg.get("rows.offerButton"));
        take.setId("offer-add-" + tableCode);
        take.setTooltip(new javafx.scene.control.Tooltip(Msg.get("rows.offerTip")));
        take.setOnAction(e -> {
            if (model.addOffered() > 0) {
                sheet.requestFocus();
            }
        });
        HBox offer = new HBox(10, text, take);
        offer.setAlignment(Pos.CENTER_LEFT);
        offer.getStyleClass().add("offer-bar");
        HBox.setHgrow(text, Priority.ALWAYS);
        Runnable update = () -> {
            String note = model.variableRows() ? model.offerNote() : "";
            text.setText(note);
            offer.setVisible(!note.isEmpty());
            offer.setManaged(!note.isEmpty());
        };
        update.run();
        juesuan.ui.Listeners.whileAlive(offer, session.revisionProperty(), update);
        return offer;
    }

    public SheetView sheet() {
        return sheet;
    }

    public TableSheetModel model() {
        return model;
    }
}
