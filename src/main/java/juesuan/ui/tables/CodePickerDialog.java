package juesuan.ui.tables;

import java.util.List;
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
 * Picks a 支出功能分类 项 from the year's catalog: a 类/款/项 tree filtered by code or name, or a code typed in; adds
 * its row. A code the catalog does not have is never a dead end: 新增科目 adds it with the name the officer types
 * (and names for a new 类/款 above it). Refused input keeps the dialog open with a message.
 */
public final class CodePickerDialog {
    private CodePickerDialog() {
    }

    /** Shows the picker; returns the code whose row was added. */
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
        tree.setPrefSize(520, 360);
        tree.setCellFactory(t -> new javafx.scene.control.TreeCell<>() {
            @Override
            protected void updateItem(CatalogEntry item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? "" : item.code() + "  " + item.name());
            }
        });
        Label message = new Label();
        message.setId("picker-message");
        message.setWrapText(true);
        message.setMaxWidth(520);
        message.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);

        NewCodePane added = new NewCodePane(model);
        javafx.scene.control.Hyperlink offer = new javafx.scene.control.Hyperlink(Msg.get("picker.newCode"));
        offer.setId("picker-new-code");
        // with the 新增科目 fields open the tree gives up room, so the dialog still fits a 768-pixel screen
        Runnable openNew = () -> {
            tree.setPrefHeight(200);
            javafx.application.Platform.runLater(() -> {
                if (dialog.getDialogPane().getScene() != null) {
                    dialog.getDialogPane().getScene().getWindow().sizeToScene();
                }
            });
        };
        offer.setOnAction(e -> {
            added.open(filter.getText().strip());
            openNew.run();
        });
        fill(tree, catalog, "");
        filter.textProperty().addListener((o, a, b) -> {
            String f = b.strip();
            fill(tree, catalog, f);
            say(message, "", false);
            if (f.matches("[0-9]{7}") && model.isUnknownCode(f)) {
                added.open(f); // a typed code the catalog lacks: offer to add it at once
                openNew.run();
                say(message, Msg.get("picker.unknownOffer", f, catalog.year()), false);
            }
        });
        VBox content = new VBox(8, filter, tree, offer, added.pane, message);
        dialog.getDialogPane().setContent(content);
        ButtonType ok = new ButtonType(Msg.get("picker.ok"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, new ButtonType(Msg.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        String[] result = new String[1];
        dialog.getDialogPane().lookupButton(ok).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            try {
                result[0] = added.isOpen() ? added.add() : add(model, chosen(tree, filter));
            } catch (InputError err) {
                say(message, err.getMessage(), true);
                e.consume();
            }
        });
        dialog.setResultConverter(b -> b == ok ? result[0] : null);
        dialog.setOnShown(e -> javafx.application.Platform.runLater(filter::requestFocus));
        return dialog.showAndWait();
    }

    /** A refusal in red, a suggestion in amber. */
    private static void say(Label message, String text, boolean error) {
        message.setText(text);
        message.getStyleClass().removeAll("field-error", "field-warning");
        message.getStyleClass().add(error ? "field-error" : "field-warning");
    }

    private static String add(TableSheetModel model, String code) {
        model.addRow(code);
        return code;
    }

    /** The fields of a 新增科目: its code and name, and names for a 款 or 类 the catalog lacks. */
    private static final class NewCodePane {
        private final TableSheetModel model;
        private final javafx.scene.layout.GridPane pane = new javafx.scene.layout.GridPane();
        private final TextField code = field("new-code-code", Msg.get("picker.newCodePrompt"));
        private final TextField name = field("new-code-name", Msg.get("picker.newNamePrompt"));
        private final TextField kuan = field("new-code-kuan", "");
        private final TextField lei = field("new-code-lei", "");
        private final Label kuanLabel = new Label();
        private final Label leiLabel = new Label();

        NewCodePane(TableSheetModel model) {
            this.model = model;
            pane.setId("picker-new-pane");
            pane.setHgap(8);
            pane.setVgap(6);
            pane.addRow(0, new Label(Msg.get("picker.newCodeLabel")), code);
            pane.addRow(1, new Label(Msg.get("picker.newNameLabel")), name);
            pane.addRow(2, kuanLabel, kuan);
            pane.addRow(3, leiLabel, lei);
            javafx.scene.layout.GridPane.setHgrow(name, javafx.scene.layout.Priority.ALWAYS);
            show(false);
            code.textProperty().addListener((o, a, b) -> parents());
        }

        private static TextField field(String id, String prompt) {
            TextField f = new TextField();
            f.setId(id);
            f.setPromptText(prompt);
            return f;
        }

        boolean isOpen() {
            return pane.isVisible();
        }

        void open(String typed) {
            show(true);
            if (typed.matches("[0-9]{7}")) {
                code.setText(typed);
            }
            parents();
            (code.getText().isBlank() ? code : name).requestFocus();
        }

        private void show(boolean on) {
            pane.setVisible(on);
            pane.setManaged(on);
        }

        /** Shows the 款/类 name fields only for the levels the catalog does not have. */
        private void parents() {
            String c = code.getText().strip();
            boolean shape = c.matches("[0-9]{7}");
            boolean needKuan = shape && !model.catalog().contains(c.substring(0, 5));
            boolean needLei = shape && !model.catalog().contains(c.substring(0, 3));
            kuanLabel.setText(shape ? Msg.get("picker.newKuanLabel", c.substring(0, 5)) : "");
            leiLabel.setText(shape ? Msg.get("picker.newLeiLabel", c.substring(0, 3)) : "");
            for (javafx.scene.Node n : List.of(kuan, kuanLabel)) {
                n.setVisible(needKuan);
                n.setManaged(needKuan);
            }
            for (javafx.scene.Node n : List.of(lei, leiLabel)) {
                n.setVisible(needLei);
                n.setManaged(needLei);
            }
        }

        String add() {
            String c = code.getText().strip();
            java.util.Map<String, String> names = new java.util.HashMap<>();
            if (c.matches("[0-9]{7}")) {
                names.put(c.substring(0, 5), kuan.getText());
                names.put(c.substring(0, 3), lei.getText());
            }
            model.addNewCode(c, name.getText(), names);
            return c;
        }
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
