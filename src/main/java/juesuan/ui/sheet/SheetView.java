package juesuan.ui.sheet;

import java.util.List;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import juesuan.model.ValueType;

/**
 * An Excel-like grid over a {@link SheetViewModel}: frozen code/name columns and header, arrows/Tab/Enter to move,
 * typing starts an edit, F2 edits, Delete clears, Ctrl+C/Ctrl+V copy and paste tab-separated blocks, Ctrl+Z/Ctrl+Y
 * undo and redo. Computed cells have a grey ground and cannot be edited; a refused input outlines the cell in red
 * with the message right under it.
 */
public final class SheetView extends BorderPane {
    public static final double ROW_HEIGHT = 27;
    public static final double HEADER_HEIGHT = 46;
    private static final double INDENT = 14;

    private final SheetViewModel vm;
    private final GridPane frozenHeader = new GridPane();
    private final GridPane header = new GridPane();
    /** The cells are laid out by hand in these panes, and only the rows on screen (and a few around) have nodes. */
    private final Pane frozenBody = new Pane();
    private final Pane body = new Pane();
    private final Pane headerClip = new Pane(header);
    private final Pane frozenClip = new Pane(frozenBody);
    private final ScrollPane scroll = new ScrollPane(body);
    private final Label errorBubble = new Label();
    /** The rows that have nodes now, by row index; rows scrolled away give theirs back to the pool. */
    private final java.util.Map<Integer, RowNodes> realized = new java.util.HashMap<>();
    private final java.util.ArrayDeque<RowNodes> pool = new java.util.ArrayDeque<>();
    /** Each column's left edge in its pane (frozen columns in the frozen pane, the others in the body). */
    private double[] columnX = new double[0];
    private int rowCount;
    private int errorRow = -1;
    private int errorCol = -1;
    private List<String> shownRows = List.of();
    private int frozenCount;
    private TextField editor;
    private int editRow = -1;
    private int editCol = -1;

    public SheetView(SheetViewModel vm) {
        this.vm = vm;
        getStyleClass().add("sheet");
        setFocusTraversable(true);
        frozenHeader.getStyleClass().add("sheet-header");
        header.getStyleClass().add("sheet-header");
        body.getStyleClass().add("sheet-body");
        frozenBody.getStyleClass().add("sheet-body");

        clip(headerClip);
        clip(frozenClip);
        HBox top = new HBox(frozenHeader, headerClip);
        HBox.setHgrow(headerClip, Priority.ALWAYS);
        HBox center = new HBox(frozenClip, scroll);
        HBox.setHgrow(scroll, Priority.ALWAYS);
        frozenClip.setMinWidth(Region.USE_PREF_SIZE);
        scroll.setMinWidth(0);
        scroll.setPrefWidth(120);
        scroll.setFitToHeight(false);
        scroll.setFitToWidth(false);
        scroll.getStyleClass().add("sheet-scroll");
        scroll.setFocusTraversable(false);
        setTop(top);
        setCenter(center);
        scroll.viewportBoundsProperty().addListener((o, a, b) -> syncScroll(b));
        // the frozen columns and the header follow the scrolled body; the offsets are computed from the scroll values
        // and the content's size, so a change of rows (content height) resyncs them even when the viewport keeps
        // its bounds
        for (javafx.beans.value.ObservableValue<?> v : List.of(scroll.vvalueProperty(), scroll.hvalueProperty(),
                body.heightProperty(), body.widthProperty())) {
            v.addListener((o, a, b) -> syncScroll(scroll.getViewportBounds()));
        }

        errorBubble.getStyleClass().add("sheet-error-bubble");
        errorBubble.setManaged(false);
        errorBubble.setVisible(false);
        errorBubble.setWrapText(true);
        errorBubble.setMaxWidth(460);

        rebuild();
        juesuan.ui.Listeners.whileAlive(this, vm.session().revisionProperty(), this::refresh);
        vm.selectionRevisionProperty().addListener((o, a, b) -> paintSelection());
        vm.errorProperty().addListener((o, a, b) -> showError(b));

        addEventFilter(KeyEvent.KEY_PRESSED, this::onKeyPressed);
        addEventHandler(KeyEvent.KEY_TYPED, this::onKeyTyped);
    }

    public SheetViewModel viewModel() {
        return vm;
    }

    private static void clip(Pane pane) {
        Rectangle r = new Rectangle();
        r.widthProperty().bind(pane.widthProperty());
        r.heightProperty().bind(pane.heightProperty());
        pane.setClip(r);
        pane.setMinSize(0, 0);
    }

    /** The nodes of one row: a label per column, reused for another row when this one scrolls away. */
    private static final class RowNodes {
        final Label[] labels;
        int row = -1;

        RowNodes(int columns) {
            labels = new Label[columns];
        }
    }

    private double contentHeight() {
        return rowCount * ROW_HEIGHT;
    }

    private void syncScroll(Bounds viewport) {
        double offsetY = Math.max(0, contentHeight() - viewport.getHeight()) * scroll.getVvalue();
        double offsetX = Math.max(0, body.getWidth() - viewport.getWidth()) * scroll.getHvalue();
        header.setTranslateX(-offsetX);
        frozenBody.setTranslateY(-offsetY);
        headerClip.setPrefWidth(viewport.getWidth());
        frozenClip.setMaxHeight(viewport.getHeight());
        frozenClip.setPrefHeight(viewport.getHeight());
        realize();
    }

    /** Gives nodes to the rows on screen (and a few around them), taking them back from rows scrolled away. */
    private void realize() {
        if (rowCount == 0) {
            return;
        }
        Bounds viewport = scroll.getViewportBounds();
        double viewH = viewport.getHeight() > 0 ? viewport.getHeight() : 40 * ROW_HEIGHT; // before the first layout
        double offsetY = Math.max(0, contentHeight() - viewH) * scroll.getVvalue();
        int first = Math.max(0, (int) Math.floor(offsetY / ROW_HEIGHT) - 5);
        int last = Math.min(rowCount - 1, (int) Math.ceil((offsetY + viewH) / ROW_HEIGHT) + 5);
        for (var it = realized.entrySet().iterator(); it.hasNext();) {
            var e = it.next();
            if (e.getKey() < first || e.getKey() > last) {
                release(e.getValue());
                it.remove();
            }
        }
        for (int r = first; r <= last; r++) {
            if (!realized.containsKey(r)) {
                materialize(r);
            }
        }
    }

    private void release(RowNodes nodes) {
        for (Label l : nodes.labels) {
            l.setVisible(false);
        }
        nodes.row = -1;
        pool.push(nodes);
    }

    /** Gives a row its nodes (from the pool, or new), placed, filled and painted. */
    private RowNodes materialize(int r) {
        RowNodes nodes = pool.isEmpty() ? newRow() : pool.pop();
        nodes.row = r;
        for (int c = 0; c < nodes.labels.length; c++) {
            Label l = nodes.labels[c];
            l.relocate(columnX[c], r * ROW_HEIGHT);
            l.setVisible(true);
        }
        realized.put(r, nodes);
        fillRow(nodes);
        paintRow(nodes);
        return nodes;
    }

    private RowNodes newRow() {
        List<SheetColumn> cols = vm.columns();
        RowNodes nodes = new RowNodes(cols.size());
        for (int c = 0; c < cols.size(); c++) {
            Label cell = new Label();
            cell.getStyleClass().add("sheet-cell");
            size(cell, cols.get(c).width(), ROW_HEIGHT);
            final int cc = c;
            cell.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> onCellPressed(e, nodes.row, cc));
            cell.addEventHandler(MouseEvent.DRAG_DETECTED, e -> cell.startFullDrag());
            cell.addEventHandler(javafx.scene.input.MouseDragEvent.MOUSE_DRAG_ENTERED, e -> vm.select(nodes.row, cc, true));
            nodes.labels[c] = cell;
            (cols.get(c).frozen() ? frozenBody : body).getChildren().add(cell);
        }
        return nodes;
    }

    // ------------------------------------------------------------------ building and painting

    /** Rebuilds all cells (rows or columns changed). */
    private void rebuild() {
        cancelEdit();
        frozenHeader.getChildren().clear();
        header.getChildren().clear();
        frozenBody.getChildren().clear();
        body.getChildren().clear();
        List<SheetColumn> cols = vm.columns();
        frozenCount = (int) cols.stream().filter(SheetColumn::frozen).count();
        for (int c = 0; c < cols.size(); c++) {
            SheetColumn col = cols.get(c);
            Label h = new Label(col.header());
            h.getStyleClass().add("sheet-header-cell");
            h.setWrapText(true);
            h.setAlignment(Pos.CENTER);
            size(h, col.width(), HEADER_HEIGHT);
            h.setTooltip(new Tooltip(col.header()));
            if (col.frozen()) {
                frozenHeader.add(h, c, 0);
            } else {
                header.add(h, c - frozenCount, 0);
            }
        }
        shownRows = List.copyOf(vm.rows());
        rowCount = shownRows.size();
        realized.clear();
        pool.clear();
        columnX = new double[cols.size()];
        double frozenW = 0;
        double bodyW = 0;
        for (int c = 0; c < cols.size(); c++) {
            if (cols.get(c).frozen()) {
                columnX[c] = frozenW;
                frozenW += cols.get(c).width();
            } else {
                columnX[c] = bodyW;
                bodyW += cols.get(c).width();
            }
        }
        fixSize(frozenBody, frozenW, contentHeight());
        fixSize(body, bodyW, contentHeight());
        body.getChildren().add(errorBubble);
        realize();
        paintSelection();
    }

    private static void fixSize(Region r, double w, double h) {
        r.setMinSize(w, h);
        r.setPrefSize(w, h);
        r.setMaxSize(w, h);
    }

    private static void size(Label l, double w, double h) {
        l.setMinSize(w, h);
        l.setPrefSize(w, h);
        l.setMaxSize(w, h);
    }

    /** Refreshes after a model change: rebuild when rows changed, else update texts in place. */
    private void refresh() {
        if (!shownRows.equals(vm.rows()) || rowCount == 0 && vm.rowCount() > 0) {
            vm.clampSelection();
            rebuild();
        } else {
            fill();
            paintSelection();
        }
    }

    /** 0.01 万元: amounts that are whole multiples of it show all their digits. */
    private static final java.math.BigDecimal HUNDRED_YUAN = java.math.BigDecimal.valueOf(100);

    private void fill() {
        realized.values().forEach(this::fillRow);
    }

    private void fillRow(RowNodes nodes) {
        List<SheetColumn> cols = vm.columns();
        int r = nodes.row;
        int level = vm.model().level(vm.rowKey(r));
        for (int c = 0; c < cols.size(); c++) {
            Label cell = nodes.labels[c];
            SheetColumn col = cols.get(c);
            CellKind kind = vm.kind(r, c);
            String text = vm.display(r, c);
            cell.setText(text);
            cell.getStyleClass().removeAll("input", "computed", "printed", "label", "none", "total", "precise", "follows",
                    "level-1", "level-2", "level-3");
            cell.getStyleClass().add(kind.name().toLowerCase(java.util.Locale.ROOT));
            String follows = kind == CellKind.INPUT ? vm.model().follows(vm.rowKey(r), col.key()) : null;
            if (follows != null) {
                cell.getStyleClass().add("follows");
            }
            if (level == 0) {
                cell.getStyleClass().add("total");
            }
            boolean number = col.type() == ValueType.MONEY || col.type() == ValueType.COUNT || col.type() == ValueType.DECIMAL;
            cell.setAlignment(number ? Pos.CENTER_RIGHT : Pos.CENTER_LEFT);
            double indent = kind == CellKind.LABEL && c == frozenCount - 1 ? Math.max(0, level - 1) * INDENT : 0;
            cell.setPadding(new Insets(0, 6, 0, 6 + indent));
            // an amount with more digits than the two shown (a 分 typed in 万元) is marked and shows them on hover
            Object raw = col.type() == ValueType.MONEY ? vm.model().value(vm.rowKey(r), col.key()) : null;
            boolean precise = raw instanceof java.math.BigDecimal b && b.remainder(HUNDRED_YUAN).signum() != 0;
            if (precise) {
                cell.getStyleClass().add("precise");
                cell.setTooltip(new Tooltip(juesuan.i18n.Msg.get("sheet.exactValue",
                        juesuan.model.Money.editableWan((java.math.BigDecimal) raw))));
            } else if (follows != null) {
                cell.setTooltip(new Tooltip(follows));
            } else if (text.length() > 14 && !number) {
                cell.setTooltip(new Tooltip(text));
            } else {
                cell.setTooltip(null);
            }
        }
    }

    private void paintSelection() {
        realized.values().forEach(this::paintRow);
        if (rowCount > 0) {
            ensureVisible(vm.focusRow(), vm.focusCol());
        }
    }

    private void paintRow(RowNodes nodes) {
        int r = nodes.row;
        for (int c = 0; c < nodes.labels.length; c++) {
            Label cell = nodes.labels[c];
            boolean sel = vm.isSelected(r, c);
            boolean focus = r == vm.focusRow() && c == vm.focusCol();
            toggle(cell, "selected", sel && !focus);
            toggle(cell, "focused", focus);
            toggle(cell, "error", r == errorRow && c == errorCol);
        }
    }

    private static void toggle(Node n, String cls, boolean on) {
        if (on && !n.getStyleClass().contains(cls)) {
            n.getStyleClass().add(cls);
        } else if (!on) {
            n.getStyleClass().remove(cls);
        }
    }

    private void showError(SheetViewModel.CellError e) {
        errorRow = -1;
        errorCol = -1;
        if (editor != null) {
            toggle(editor, "error", e != null);
        }
        if (e == null) {
            realized.values().forEach(this::paintRow);
            errorBubble.setVisible(false);
            return;
        }
        int r = vm.rows().indexOf(e.row());
        int c = -1;
        for (int i = 0; i < vm.columnCount(); i++) {
            if (vm.columnKey(i).equals(e.column())) {
                c = i;
            }
        }
        errorBubble.setText(e.message());
        if (r < 0 || c < 0 || r >= rowCount) {
            realized.values().forEach(this::paintRow);
            errorBubble.setVisible(false);
            return;
        }
        errorRow = r;
        errorCol = c;
        realized.values().forEach(this::paintRow);
        int bc = Math.max(c, frozenCount);
        errorBubble.setVisible(true);
        errorBubble.toFront();
        errorBubble.autosize();
        double x = columnX[bc];
        double y = r * ROW_HEIGHT + ROW_HEIGHT + 2;
        if (y + errorBubble.getHeight() > contentHeight() && r > 0) {
            y = r * ROW_HEIGHT - errorBubble.getHeight() - 2;
        }
        errorBubble.relocate(x, Math.max(0, y));
    }

    /** The label of a cell (for tests and screenshots). */
    public Label cell(int r, int c) {
        RowNodes nodes = realized.get(r);
        if (nodes != null) {
            return nodes.labels[c];
        }
        if (Platform.isFxApplicationThread()) {
            return materialize(r).labels[c];
        }
        // a row without nodes gets them on the window's thread (a test asking from its own)
        java.util.concurrent.FutureTask<Label> task = new java.util.concurrent.FutureTask<>(() -> cell(r, c));
        Platform.runLater(task);
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /** How many rows have nodes now (the rows on screen and a few around them), for tests of a long table. */
    public int realizedRows() {
        return realized.size();
    }

    private void ensureVisible(int r, int c) {
        double contentH = contentHeight();
        double viewH = scroll.getViewportBounds().getHeight();
        if (contentH > viewH && viewH > 0) {
            double top = r * ROW_HEIGHT;
            double offset = -scroll.getViewportBounds().getMinY();
            if (top < offset) {
                scroll.setVvalue(top / (contentH - viewH));
            } else if (top + ROW_HEIGHT > offset + viewH) {
                scroll.setVvalue(Math.min(1, (top + ROW_HEIGHT - viewH) / (contentH - viewH)));
            }
        }
        if (c >= frozenCount && rowCount > 0) {
            double contentW = body.getWidth();
            double viewW = scroll.getViewportBounds().getWidth();
            if (contentW > viewW && viewW > 0) {
                double left = columnX[c];
                double right = left + vm.columns().get(c).width();
                double offset = -scroll.getViewportBounds().getMinX();
                if (left < offset) {
                    scroll.setHvalue(left / (contentW - viewW));
                } else if (right > offset + viewW) {
                    scroll.setHvalue(Math.min(1, (right - viewW) / (contentW - viewW)));
                }
            }
        }
    }

    // ------------------------------------------------------------------ mouse

    private void onCellPressed(MouseEvent e, int r, int c) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        if (editor != null) {
            if (editRow == r && editCol == c) {
                return;
            }
            if (!commitEdit()) {
                return;
            }
        }
        requestFocus();
        vm.select(r, c, e.isShiftDown());
        if (e.getClickCount() == 2 && vm.canType(r, c)) {
            startEdit(vm.editText(r, c), false);
        }
        e.consume();
    }

    // ------------------------------------------------------------------ keyboard

    private void onKeyPressed(KeyEvent e) {
        if (editor != null) {
            onEditorKey(e);
            return;
        }
        boolean shortcut = e.isShortcutDown();
        KeyCode k = e.getCode();
        boolean handled = true;
        if (shortcut && k == KeyCode.C) {
            ClipboardContent content = new ClipboardContent();
            content.putString(vm.copy());
            Clipboard.getSystemClipboard().setContent(content);
        } else if (shortcut && k == KeyCode.V) {
            vm.paste(Clipboard.getSystemClipboard().getString());
        } else if (shortcut && (k == KeyCode.Y || k == KeyCode.Z && e.isShiftDown())) {
            vm.redo();
        } else if (shortcut && k == KeyCode.Z) {
            vm.undo();
        } else if (shortcut && k == KeyCode.A) {
            vm.select(0, 0);
            vm.select(vm.rowCount() - 1, vm.columnCount() - 1, true);
        } else if (shortcut) {
            handled = false;
        } else {
            switch (k) {
                case UP -> vm.move(-1, 0, e.isShiftDown());
                case DOWN -> vm.move(1, 0, e.isShiftDown());
                case LEFT -> vm.move(0, -1, e.isShiftDown());
                case RIGHT -> vm.move(0, 1, e.isShiftDown());
                case TAB -> vm.move(0, e.isShiftDown() ? -1 : 1, false);
                case ENTER -> vm.move(e.isShiftDown() ? -1 : 1, 0, false);
                case HOME -> vm.select(vm.focusRow(), 0, e.isShiftDown());
                case END -> vm.select(vm.focusRow(), vm.columnCount() - 1, e.isShiftDown());
                case PAGE_DOWN -> vm.move(15, 0, e.isShiftDown());
                case PAGE_UP -> vm.move(-15, 0, e.isShiftDown());
                case DELETE, BACK_SPACE -> vm.clearSelection();
                case F2 -> {
                    if (vm.canType(vm.focusRow(), vm.focusCol())) {
                        startEdit(vm.editText(vm.focusRow(), vm.focusCol()), false);
                    }
                }
                case ESCAPE -> vm.clearError();
                default -> handled = false;
            }
        }
        if (handled) {
            e.consume();
        }
    }

    private void onKeyTyped(KeyEvent e) {
        if (editor != null || e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        String ch = e.getCharacter();
        if (ch == null || ch.isEmpty() || ch.charAt(0) < ' ' || ch.charAt(0) == 127) {
            return;
        }
        if (vm.canType(vm.focusRow(), vm.focusCol())) {
            startEdit(ch, true);
            e.consume();
        } else {
            vm.explainReadOnly(vm.focusRow(), vm.focusCol());
        }
    }

    private void onEditorKey(KeyEvent e) {
        switch (e.getCode()) {
            case ENTER -> {
                if (commitEdit()) {
                    vm.move(e.isShiftDown() ? -1 : 1, 0, false);
                }
                e.consume();
            }
            case TAB -> {
                if (commitEdit()) {
                    vm.move(0, e.isShiftDown() ? -1 : 1, false);
                }
                e.consume();
            }
            case ESCAPE -> {
                vm.clearError();
                cancelEdit();
                e.consume();
            }
            case UP, DOWN -> {
                if (commitEdit()) {
                    vm.move(e.getCode() == KeyCode.UP ? -1 : 1, 0, false);
                }
                e.consume();
            }
            default -> {
                // keys go to the text field
            }
        }
    }

    /** Edits a cell's long text in a dialog with the whole text wrapped; OK commits it like a typed value. */
    private void editLongText(int r, int c, String text) {
        javafx.scene.control.Dialog<javafx.scene.control.ButtonType> d = new javafx.scene.control.Dialog<>();
        if (getScene() != null) {
            d.initOwner(getScene().getWindow());
        }
        String where = vm.model().describe(vm.rowKey(r), vm.columnKey(c));
        d.setTitle(where);
        d.setHeaderText(where);
        javafx.scene.control.TextArea area = new javafx.scene.control.TextArea(text);
        area.setId("sheet-text-editor");
        area.setWrapText(true);
        area.setPrefSize(560, 200);
        d.getDialogPane().setContent(area);
        javafx.scene.control.ButtonType ok = new javafx.scene.control.ButtonType(juesuan.i18n.Msg.get("dialog.ok"),
                javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(ok, new javafx.scene.control.ButtonType(juesuan.i18n.Msg.get("dialog.cancel"),
                javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
        d.getDialogPane().setId("sheet-text-dialog");
        Platform.runLater(area::requestFocus);
        d.showAndWait().filter(b -> b == ok).ifPresent(b -> vm.commit(r, c, area.getText()));
        requestFocus();
    }

    /** Opens the editor on the focused cell; {@code typed} replaces the content (typing starts an edit). */
    public void startEdit(String text, boolean typed) {
        int r = vm.focusRow();
        int c = vm.focusCol();
        if (!vm.canType(r, c)) {
            return;
        }
        if (!typed && vm.columns().get(c).type() == ValueType.TEXT) {
            // F2 or a double-click on a text (a 主要原因): the whole text, wrapped, in an editor of its own
            editLongText(r, c, text);
            return;
        }
        cancelEdit();
        editRow = r;
        editCol = c;
        editor = new TextField(text);
        editor.getStyleClass().add("sheet-editor");
        SheetColumn col = vm.columns().get(c);
        editor.setMinSize(col.width(), ROW_HEIGHT);
        editor.setPrefSize(col.width(), ROW_HEIGHT);
        editor.setMaxSize(col.width(), ROW_HEIGHT);
        editor.focusedProperty().addListener((o, was, is) -> {
            if (was && !is) {
                // Leaving the cell by the mouse or another control: commit; a refused value is dropped from the
                // editor (the stored value stays) and its message stays at the cell.
                Platform.runLater(() -> {
                    if (editor != null && !editor.isFocused()) {
                        leaveEdit();
                    }
                });
            }
        });
        (col.frozen() ? frozenBody : body).getChildren().add(editor);
        editor.relocate(columnX[c], r * ROW_HEIGHT);
        if (typed) {
            // Typing started the edit: the next keys append, whatever the text field does with its selection
            // when it gains focus.
            boolean[] first = {true};
            editor.addEventFilter(KeyEvent.KEY_TYPED, e -> {
                if (first[0]) {
                    first[0] = false;
                    editor.deselect();
                    editor.end();
                }
            });
            editor.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> first[0] = false);
            editor.focusedProperty().addListener((o, was, is) -> {
                if (is && first[0]) {
                    editor.end();
                }
            });
        }
        editor.requestFocus();
        if (typed) {
            editor.end();
        } else {
            editor.selectAll();
        }
    }

    /** Commits the open editor; false when the value was refused (the editor stays open). */
    public boolean commitEdit() {
        if (editor == null) {
            return true;
        }
        TextField ed = editor;
        boolean ok = vm.commit(editRow, editCol, ed.getText());
        if (ok) {
            cancelEdit();
            requestFocus();
        } else {
            ed.requestFocus();
        }
        return ok;
    }

    private void leaveEdit() {
        if (editor != null && !vm.commit(editRow, editCol, editor.getText())) {
            SheetViewModel.CellError e = vm.errorProperty().get();
            cancelEdit();
            vm.errorProperty().set(null);
            vm.errorProperty().set(e);
        } else {
            cancelEdit();
        }
    }

    private void cancelEdit() {
        if (editor != null) {
            TextField ed = editor;
            boolean hadFocus = ed.isFocused();
            editor = null;
            frozenBody.getChildren().remove(ed);
            body.getChildren().remove(ed);
            editRow = editCol = -1;
            if (hadFocus) {
                requestFocus();
            }
        }
    }

    public boolean isEditing() {
        return editor != null;
    }

    /** The open editor (for tests). */
    public TextField editor() {
        return editor;
    }

}
