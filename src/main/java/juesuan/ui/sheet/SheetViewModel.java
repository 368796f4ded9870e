package juesuan.ui.sheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleObjectProperty;
import juesuan.i18n.Msg;
import juesuan.model.InputError;
import juesuan.ui.session.Edit;
import juesuan.ui.session.EditPlace;
import juesuan.ui.session.ReportSession;

/**
 * The behaviour of an Excel-like grid, without any control: selection, editing, clearing, copy and paste of
 * tab-separated blocks, undo and redo. Bad input is refused with a message at the cell; the model stays as it was.
 * Testable without the FX thread.
 */
public final class SheetViewModel {
    private final SheetModel model;
    private final ReportSession session;
    private final ReadOnlyIntegerWrapper selectionRevision = new ReadOnlyIntegerWrapper();
    private final ObjectProperty<CellError> error = new SimpleObjectProperty<>();
    private int anchorRow;
    private int anchorCol;
    private int focusRow;
    private int focusCol;

    /** A refused input at a cell. */
    public record CellError(String row, String column, String message) {
    }

    public SheetViewModel(SheetModel model, ReportSession session) {
        this.model = model;
        this.session = session;
        int first = firstEditableColumn();
        anchorCol = focusCol = first;
    }

    public SheetModel model() {
        return model;
    }

    public ReportSession session() {
        return session;
    }

    // ------------------------------------------------------------------ geometry

    public List<SheetColumn> columns() {
        return model.columns();
    }

    public List<String> rows() {
        return model.rowKeys();
    }

    public int rowCount() {
        return model.rowKeys().size();
    }

    public int columnCount() {
        return model.columns().size();
    }

    public String rowKey(int r) {
        return model.rowKeys().get(r);
    }

    public String columnKey(int c) {
        return model.columns().get(c).key();
    }

    public CellKind kind(int r, int c) {
        return model.kind(rowKey(r), columnKey(c));
    }

    public String display(int r, int c) {
        return model.display(rowKey(r), columnKey(c));
    }

    private int firstEditableColumn() {
        List<SheetColumn> cols = model.columns();
        for (int c = 0; c < cols.size(); c++) {
            if (!cols.get(c).frozen()) {
                return c;
            }
        }
        return 0;
    }

    // ------------------------------------------------------------------ selection

    public int focusRow() {
        return focusRow;
    }

    public int focusCol() {
        return focusCol;
    }

    public int top() {
        return Math.min(anchorRow, focusRow);
    }

    public int bottom() {
        return Math.max(anchorRow, focusRow);
    }

    public int left() {
        return Math.min(anchorCol, focusCol);
    }

    public int right() {
        return Math.max(anchorCol, focusCol);
    }

    public boolean isSelected(int r, int c) {
        return r >= top() && r <= bottom() && c >= left() && c <= right();
    }

    /** Changes whenever the selection moves. */
    public ReadOnlyIntegerProperty selectionRevisionProperty() {
        return selectionRevision.getReadOnlyProperty();
    }

    public void select(int r, int c) {
        select(r, c, false);
    }

    /** Selects a cell; with {@code extend} the block from the anchor to it. */
    public void select(int r, int c, boolean extend) {
        focusRow = clamp(r, rowCount());
        focusCol = clamp(c, columnCount());
        if (!extend) {
            anchorRow = focusRow;
            anchorCol = focusCol;
        }
        selectionRevision.set(selectionRevision.get() + 1);
    }

    /** Selects the cell of a row and column key, if present. */
    public boolean select(String row, String column) {
        int r = model.rowKeys().indexOf(row);
        int c = -1;
        for (int i = 0; i < columnCount(); i++) {
            if (columnKey(i).equals(column)) {
                c = i;
            }
        }
        if (r < 0 || c < 0) {
            return false;
        }
        select(r, c);
        return true;
    }

    public void move(int dr, int dc, boolean extend) {
        select(focusRow + dr, focusCol + dc, extend);
    }

    /** Keeps the selection inside the grid after rows were removed. */
    public void clampSelection() {
        select(focusRow, focusCol);
    }

    private static int clamp(int v, int n) {
        return Math.max(0, Math.min(v, Math.max(0, n - 1)));
    }

    // ------------------------------------------------------------------ editing

    public boolean canEdit(int r, int c) {
        return r < rowCount() && c < columnCount() && kind(r, c) == CellKind.INPUT;
    }

    /** Whether typing into a cell opens the editor: an input cell, or a computed one that takes a printed figure. */
    public boolean canType(int r, int c) {
        if (session.lockReason() != null) {
            return false; // 定稿: no editor opens; typing says why (explainReadOnly)
        }
        if (canEdit(r, c)) {
            return true;
        }
        if (r >= rowCount() || c >= columnCount()) {
            return false;
        }
        CellKind k = kind(r, c);
        return (k == CellKind.COMPUTED || k == CellKind.PRINTED) && model.acceptsPrinted(rowKey(r), columnKey(c));
    }

    public String editText(int r, int c) {
        return model.editText(rowKey(r), columnKey(c));
    }

    public ObjectProperty<CellError> errorProperty() {
        return error;
    }

    /**
     * Commits typed text into a cell. Returns false (and sets {@link #errorProperty()}) when refused; the model is
     * then unchanged.
     */
    public boolean commit(int r, int c, String text) {
        String locked = session.lockReason();
        if (locked != null) {
            refuse(r, c, locked);
            session.changed(); // the editor's text goes: the cell shows its stored value again
            return false;
        }
        if (!canType(r, c)) {
            return refuse(r, c, model.readOnlyReason(rowKey(r), columnKey(c)));
        }
        String row = rowKey(r);
        String col = columnKey(c);
        Object after;
        try {
            after = model.parse(row, col, text);
        } catch (InputError e) {
            return refuse(r, c, Msg.get("sheet.refused", model.describe(row, col), e.getMessage()));
        }
        Object before = model.value(row, col);
        error.set(null);
        if (Objects.equals(before, after)) {
            return true;
        }
        perform(Msg.get("edit.cell", model.describe(row, col)), List.of(new CellChange(row, col, before, after)));
        return true;
    }

    /** Typing into a computed cell: says where its figure comes from instead of ignoring the keys. */
    public void explainReadOnly(int r, int c) {
        String locked = session.lockReason();
        if (locked != null && r < rowCount() && c < columnCount()) {
            refuse(r, c, locked);
            return;
        }
        if (r < rowCount() && c < columnCount() && kind(r, c) == CellKind.COMPUTED) {
            refuse(r, c, model.readOnlyReason(rowKey(r), columnKey(c)));
        }
    }

    private boolean refuse(int r, int c, String message) {
        error.set(new CellError(rowKey(r), columnKey(c), message));
        session.warn(message);
        return false;
    }

    public void clearError() {
        error.set(null);
    }

    /** Delete: empties every input cell in the selection, as one edit. */
    public void clearSelection() {
        List<CellChange> changes = new ArrayList<>();
        for (int r = top(); r <= bottom(); r++) {
            for (int c = left(); c <= right(); c++) {
                if (canEdit(r, c) || kind(r, c) == CellKind.PRINTED) {
                    // a printed figure goes back to the sum
                    Object before = model.value(rowKey(r), columnKey(c));
                    if (before != null) {
                        changes.add(new CellChange(rowKey(r), columnKey(c), before, null));
                    }
                }
            }
        }
        error.set(null);
        if (!changes.isEmpty()) {
            perform(Msg.get("edit.clear", changes.size()), changes);
        }
    }

    /** The selection as tab-separated text, one line per row (what Excel puts on the clipboard). */
    public String copy() {
        StringBuilder b = new StringBuilder();
        for (int r = top(); r <= bottom(); r++) {
            for (int c = left(); c <= right(); c++) {
                if (c > left()) {
                    b.append('\t');
                }
                CellKind k = kind(r, c);
                String text = k == CellKind.INPUT || k == CellKind.COMPUTED ? editText(r, c) : display(r, c);
                b.append(text.replace('\t', ' ').replace('\n', ' '));
            }
            b.append('\n');
        }
        return b.toString();
    }

    /**
     * Pastes a tab-separated block with its top-left corner at the focused cell. Every value is checked first;
     * when one is refused nothing is pasted. Computed cells the block covers are left as they are. The whole
     * paste is one edit.
     */
    public boolean paste(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        List<String[]> lines = new ArrayList<>();
        for (String line : text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            lines.add(line.split("\t", -1));
        }
        if (lines.size() > 1 && lines.get(lines.size() - 1).length == 1 && lines.get(lines.size() - 1)[0].isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        int r0 = top();
        int c0 = left();
        int width = lines.stream().mapToInt(a -> a.length).max().orElse(0);
        if (r0 + lines.size() > rowCount() || c0 + width > columnCount()) {
            String message = Msg.get("sheet.pasteTooLarge", lines.size(), width, rowCount() - r0, columnCount() - c0);
            error.set(new CellError(rowKey(r0), columnKey(c0), message));
            session.warn(message);
            return false;
        }
        List<CellChange> changes = new ArrayList<>();
        int skipped = 0;
        for (int i = 0; i < lines.size(); i++) {
            String[] cells = lines.get(i);
            for (int j = 0; j < cells.length; j++) {
                int r = r0 + i;
                int c = c0 + j;
                if (!canEdit(r, c)) {
                    skipped++;
                    continue;
                }
                String row = rowKey(r);
                String col = columnKey(c);
                Object after;
                try {
                    after = model.parse(row, col, cells[j]);
                } catch (InputError e) {
                    return refuse(r, c, Msg.get("sheet.pasteRefused", model.describe(row, col), e.getMessage()));
                }
                Object before = model.value(row, col);
                if (!Objects.equals(before, after)) {
                    changes.add(new CellChange(row, col, before, after));
                }
            }
        }
        error.set(null);
        select(r0, c0);
        select(r0 + lines.size() - 1, c0 + width - 1, true);
        if (!changes.isEmpty()) {
            perform(Msg.get("edit.paste", changes.size()), changes);
        }
        session.say(skipped == 0 ? Msg.get("sheet.pasted", changes.size())
                : Msg.get("sheet.pastedSkipped", changes.size(), skipped));
        return true;
    }

    private void perform(String label, List<CellChange> changes) {
        List<CellChange> reversed = new ArrayList<>();
        for (int i = changes.size() - 1; i >= 0; i--) {
            reversed.add(changes.get(i).reversed());
        }
        EditPlace place = model.section() == null ? null : EditPlace.cell(model.section(), changes.get(0).row(), changes.get(0).column());
        session.history().perform(Edit.at(label, place, () -> model.write(changes), () -> model.write(reversed)));
    }

    public void undo() {
        error.set(null);
        session.undo();
        clampSelection();
    }

    public void redo() {
        error.set(null);
        session.redo();
        clampSelection();
    }
}
