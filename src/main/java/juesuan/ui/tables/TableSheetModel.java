package juesuan.ui.tables;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import juesuan.calculation.ComputedRow;
import juesuan.calculation.ComputedTable;
import juesuan.i18n.Msg;
import juesuan.model.CatalogEntry;
import juesuan.model.ColumnDef;
import juesuan.model.InputError;
import juesuan.model.Money;
import juesuan.model.TableData;
import juesuan.model.TableKind;
import juesuan.model.TableTemplate;
import juesuan.model.ValueParser;
import juesuan.model.ValueType;
import juesuan.store.CellWrite;
import juesuan.ui.session.Edit;
import juesuan.ui.session.ReportSession;
import juesuan.ui.sheet.CellChange;
import juesuan.ui.sheet.CellKind;
import juesuan.ui.sheet.SheetColumn;
import juesuan.ui.sheet.SheetModel;

/** One of the nine 公开表 as a grid: typed cells in 万元, parents and totals computed as you type. */
public final class TableSheetModel implements SheetModel {
    public static final String CODE = "#code";
    public static final String NAME = "#name";

    private final ReportSession session;
    private final String tableCode;

    public TableSheetModel(ReportSession session, String tableCode) {
        this.session = session;
        this.tableCode = tableCode;
    }

    public TableTemplate template() {
        return session.template().requireTable(tableCode);
    }

    private ComputedTable computed() {
        return session.figures().table(tableCode);
    }

    private TableData data() {
        return session.report().table(tableCode);
    }

    /** The catalog rows are picked from (支出功能分类). */
    public juesuan.model.Catalog catalog() {
        return session.template().functions();
    }

    public boolean variableRows() {
        return template().kind() == TableKind.FUNCTION;
    }

    @Override
    public List<SheetColumn> columns() {
        List<SheetColumn> cols = new ArrayList<>();
        TableTemplate t = template();
        boolean codes = t.kind() == TableKind.FUNCTION || t.rows().stream().anyMatch(r -> !r.code().isEmpty());
        if (codes) {
            cols.add(new SheetColumn(CODE, Msg.get("table.code"), 86, ValueType.TEXT, true));
        }
        cols.add(new SheetColumn(NAME, t.kind() == TableKind.FUNCTION ? Msg.get("table.subjectName") : Msg.get("table.item"),
                t.kind() == TableKind.FUNCTION ? 300 : 330, ValueType.TEXT, true));
        for (ColumnDef c : t.columns()) {
            cols.add(new SheetColumn(c.key(), c.label(), 132, ValueType.MONEY, false));
        }
        return cols;
    }

    @Override
    public List<String> rowKeys() {
        return computed().rows().stream().map(ComputedRow::key).toList();
    }

    private ComputedRow row(String key) {
        return computed().row(key).orElseThrow(() -> new IllegalArgumentException(tableCode + ": no row " + key));
    }

    @Override
    public int level(String row) {
        return row(row).level();
    }

    @Override
    public CellKind kind(String row, String column) {
        if (CODE.equals(column) || NAME.equals(column)) {
            return CellKind.LABEL;
        }
        return computed().isInput(row, column) ? CellKind.INPUT : CellKind.COMPUTED;
    }

    @Override
    public String display(String row, String column) {
        ComputedRow r = row(row);
        if (CODE.equals(column)) {
            return r.code();
        }
        if (NAME.equals(column)) {
            return r.label();
        }
        Object v = value(row, column);
        return v == null ? "" : Money.formatWan((BigDecimal) v);
    }

    @Override
    public String editText(String row, String column) {
        Object v = value(row, column);
        return v instanceof BigDecimal b ? Money.editableWan(b) : display(row, column);
    }

    @Override
    public Object value(String row, String column) {
        if (CODE.equals(column) || NAME.equals(column)) {
            return null;
        }
        if (kind(row, column) == CellKind.INPUT) {
            return data().get(row, column);
        }
        return computed().value(row, column);
    }

    @Override
    public Object parse(String row, String column, String text) {
        return ValueParser.parseWanToYuan(text, row(row).allowNegative());
    }

    @Override
    public String describe(String row, String column) {
        ComputedRow r = row(row);
        String name = r.code().isEmpty() || r.label().startsWith(r.code()) ? r.label() : Msg.get("table.rowWithCode", r.label(), r.code());
        String col = template().column(column).map(ColumnDef::label).orElse(column);
        return Msg.get("table.cellPlace", template().title(), name, col);
    }

    @Override
    public void write(List<CellChange> changes) {
        List<CellWrite> writes = new ArrayList<>();
        for (CellChange c : changes) {
            BigDecimal v = (BigDecimal) c.after();
            data().set(c.row(), c.column(), v);
            writes.add(new CellWrite(c.row(), c.column(), v));
        }
        session.changed();
        long id = session.reportId();
        session.persist(store -> store.writeCells(id, tableCode, writes));
    }

    // ------------------------------------------------------------------ 类/款/项 rows

    /** Checks a code the user wants to add as a row; returns its catalog entry or refuses with a message. */
    public CatalogEntry validateNewRow(String code) {
        String c = code == null ? "" : code.strip();
        if (!variableRows()) {
            throw new InputError(Msg.get("rows.fixed", template().title()));
        }
        CatalogEntry e = session.template().functions().find(c).orElseThrow(
                () -> new InputError(Msg.get("rows.unknownCode", c, session.template().year())));
        if (!session.template().functions().children(c).isEmpty()) {
            throw new InputError(Msg.get("rows.notLeaf", c, e.name()));
        }
        if (data().rows().contains(c) || data().cells().containsKey(c)) {
            throw new InputError(Msg.get("rows.duplicate", c, e.name(), template().title()));
        }
        return e;
    }

    /** Adds a 项 row (one undoable edit). */
    public void addRow(String code) {
        CatalogEntry e = validateNewRow(code);
        session.history().perform(rowEdit(e.code(), Map.of(), true));
        session.say(Msg.get("rows.added", e.code(), e.name()));
    }

    /** Whether a row can be removed (an input row of a table with variable rows). */
    public boolean canRemove(String row) {
        return variableRows() && computed().row(row).map(r -> !r.computed()).orElse(false);
    }

    /** Removes a 项 row and its figures (one undoable edit). */
    public void removeRow(String row) {
        if (!canRemove(row)) {
            throw new InputError(Msg.get("rows.cannotRemove"));
        }
        Map<String, BigDecimal> cells = new LinkedHashMap<>();
        Map<String, BigDecimal> stored = data().cells().get(row);
        if (stored != null) {
            cells.putAll(stored);
        }
        String label = row(row).label();
        session.history().perform(rowEdit(row, cells, false));
        session.say(Msg.get("rows.removed", row, label));
    }

    private Edit rowEdit(String code, Map<String, BigDecimal> cells, boolean add) {
        Runnable doAdd = () -> {
            data().addRow(code);
            cells.forEach((col, v) -> data().set(code, col, v));
            session.changed();
            long id = session.reportId();
            session.persist(store -> store.addRow(id, tableCode, code, cells));
        };
        Runnable doRemove = () -> {
            data().removeRow(code);
            session.changed();
            long id = session.reportId();
            session.persist(store -> store.removeRow(id, tableCode, code));
        };
        return add ? Edit.of(Msg.get("edit.addRow", code), doAdd, doRemove)
                : Edit.of(Msg.get("edit.removeRow", code), doRemove, doAdd);
    }
}
