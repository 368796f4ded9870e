package juesuan.ui.tables;

import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import juesuan.i18n.Msg;
import juesuan.model.Catalog;
import juesuan.model.CatalogEntry;
import juesuan.model.InputError;

/**
 * Picks a 支出功能分类 项 from the year's catalog: a 类/款/项 tree filtered by code or name, or a code typed in.
 * Codes not in the catalog, parent codes and codes already in the table are refused with a message.
 */
public final class CodePickerDialog {
    private CodePickerDialog() {
    }

    public static Optional<String> show(Window owner, TableSheetModel model) {
        Catalog catalog = model.catalog();
        Dialog<String> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Msg.get("picker.title", model.template().title()));
        dialog.setHeaderText(Msg.get("picker.header", catalog.year()));
        TextField filter = new TextField();
        filter.setId("picker-filter");
        filter.setPromptText(Msg.get("picker.filter"));
        TreeView<CatalogEntry> tree = new TreeView<>();
        tree.setId("picker-tree");
        tree.setShowRoot(false);
        tree.setPrefSize(520, 420);
        tree.setCellFactory(t -> new javafx.scene.control.TreeCell<>() {
            @Override
            protected void updateItem(CatalogEntry item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? "" : item.code() + "  " + item.name());
            }
        });
        Label message = new Label();
        message.getStyleClass().add("field-error");
        message.setWrapText(true);
        fill(tree, catalog, "");
        filter.textProperty().addListener((o, a, b) -> fill(tree, catalog, b.strip()));
        dialog.getDialogPane().setContent(new VBox(8, filter, tree, message));
        ButtonType ok = new ButtonType(Msg.get("picker.ok"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, new ButtonType(Msg.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().lookupButton(ok).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            String code = chosen(tree, filter);
            try {
                model.validateNewRow(code);
            } catch (InputError err) {
                message.setText(err.getMessage());
                e.consume();
            }
        });
        dialog.setResultConverter(b -> b == ok ? chosen(tree, filter) : null);
        return dialog.showAndWait();
    }

    private static String chosen(TreeView<CatalogEntry> tree, TextField filter) {
        TreeItem<CatalogEntry> sel = tree.getSelectionModel().getSelectedItem();
        return sel != null ? sel.getValue().code() : filter.getText().strip();
    }

    private static void fill(TreeView<CatalogEntry> tree, Catalog catalog, String filter) {
        TreeItem<CatalogEntry> root = new TreeItem<>();
        java.util.Map<String, TreeItem<CatalogEntry>> items = new java.util.HashMap<>();
        for (CatalogEntry e : catalog.all()) {
            boolean match = filter.isEmpty() || e.code().startsWith(filter) || e.name().contains(filter);
            if (!match) {
                continue;
            }
            // keep the path to the root so a match is shown in its place
            java.util.List<CatalogEntry> path = new java.util.ArrayList<>();
            for (CatalogEntry p = e; p != null; p = p.parentCode() == null ? null : catalog.find(p.parentCode()).orElse(null)) {
                path.add(0, p);
            }
            TreeItem<CatalogEntry> parent = root;
            for (CatalogEntry p : path) {
                TreeItem<CatalogEntry> item = items.get(p.code());
                if (item == null) {
                    item = new TreeItem<>(p);
                    item.setExpanded(!filter.isEmpty());
                    items.put(p.code(), item);
                    parent.getChildren().add(item);
                }
                parent = item;
            }
        }
        tree.setRoot(root);
    }
}
