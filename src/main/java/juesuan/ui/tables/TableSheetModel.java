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
        if (computed().isInput(row, column)) {
            return CellKind.INPUT;
        }
        return computed().isPrinted(row, column) ? CellKind.PRINTED : CellKind.COMPUTED;
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
        // a zero shows as the report's profile prints it (the same rule as the PDF, Word and Excel)
        return juesuan.narrative.Profiles.orDefault(session.report().profile()).zeroAmounts().display((BigDecimal) shown(row, column));
    }

    @Override
    public String editText(String row, String column) {
        Object v = shown(row, column);
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

    /** What a cell shows: a typed figure, the figure it follows while nothing is typed, or a computed one. */
    private Object shown(String row, String column) {
        return computed().isFollowing(row, column) ? computed().value(row, column) : value(row, column);
    }

    @Override
    public String follows(String row, String column) {
        return session.figures().following(tableCode, row, column)
                .map(d -> Msg.get("table.followsCell", sources(d))).orElse(null);
    }

    @Override
    public Object parse(String row, String column, String text) {
        BigDecimal v = ValueParser.parseWanToYuan(text, row(row).allowNegative());
        if (v != null && !computed().isInput(row, column)) {
            checkPrinted(row, column, v);
        }
        return v;
    }

    // ------------------------------------------------------------------ printed figures of computed cells

    @Override
    public boolean acceptsPrinted(String row, String column) {
        return !CODE.equals(column) && !NAME.equals(column) && computed().row(row).isPresent()
                && !computed().isInput(row, column) && !computed().isDerived(row, column);
    }

    /**
     * A printed figure must be a 2-decimal 万元 amount within rounding of the sum (half a 分 of 万元 per figure of
     * the sum and the cell itself); otherwise the cell is the sum and is refused with the sum named.
     */
    private void checkPrinted(String row, String column, BigDecimal v) {
        juesuan.audit.RelationRule.Rounding rounding = juesuan.audit.AuditRules.rounding(session.template().year());
        BigDecimal sum = computed().sum(row, column);
        List<BigDecimal> figures = new ArrayList<>(parts(row, column));
        figures.add(v);
        BigDecimal tolerance = rounding == null ? null : rounding.tolerance(figures);
        if (tolerance == null || v.subtract(sum).abs().compareTo(tolerance) > 0) {
            throw new InputError(Msg.get("table.printedTooFar", Money.formatWan(sum),
                    tolerance == null ? Money.formatWan(BigDecimal.ZERO) : Money.formatWanPlain(tolerance)));
        }
    }

    /** The figures a computed cell adds up, as shown. */
    private List<BigDecimal> parts(String row, String column) {
        List<BigDecimal> out = new ArrayList<>();
        ComputedRow r = row(row);
        TableTemplate t = template();
        ColumnDef col = t.column(column).orElseThrow();
        if (!r.computed() && col.computed()) {
            col.sumOf().forEach(part -> out.add(r.value(part)));
            return out;
        }
        if (t.kind() == TableKind.FUNCTION) {
            for (ComputedRow child : computed().rows()) {
                boolean isChild = juesuan.calculation.TableCalculator.TOTAL_ROW.equals(row)
                        ? child.level() == 1
                        : session.template().functions().find(child.key()).map(CatalogEntry::parentCode).map(row::equals).orElse(false);
                if (isChild) {
                    out.add(child.value(column));
                }
            }
        } else {
            t.row(row).ifPresent(def -> def.sumOf().forEach(k -> out.add(computed().value(k, column))));
        }
        return out;
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
        List<CellWrite> printed = new ArrayList<>();
        for (CellChange c : changes) {
            BigDecimal v = (BigDecimal) c.after();
            if (computed().isInput(c.row(), c.column())) {
                data().set(c.row(), c.column(), v);
                writes.add(new CellWrite(c.row(), c.column(), v));
            } else {
                // a computed cell keeps a printed figure only while it differs from the sum
                BigDecimal p = v == null || v.compareTo(computed().sum(c.row(), c.column())) == 0 ? null : v;
                data().setPrinted(c.row(), c.column(), p);
                printed.add(new CellWrite(c.row(), c.column(), p));
            }
        }
        session.changed();
        if (!printed.isEmpty()) {
            long pid = session.reportId();
            session.persist(store -> store.writePrinted(pid, tableCode, printed));
        }
        if (writes.isEmpty()) {
            return;
        }
        long id = session.reportId();
        session.persist(store -> store.writeCells(id, tableCode, writes));
    }

    // ------------------------------------------------------------------ figures other tables determine

    @Override
    public String section() {
        return tableCode;
    }

    @Override
    public String readOnlyReason(String row, String column) {
        return session.figures().derivation(tableCode, row, column)
                .map(d -> Msg.get("table.derivedCell", describe(row, column), sources(d)))
                .orElseGet(() -> SheetModel.super.readOnlyReason(row, column));
    }

    /** "公开03表（支出决算表）的一般公共服务支出 · 本年支出合计" for each term of a derivation. */
    private String sources(juesuan.model.Derivation d) {
        List<String> parts = new ArrayList<>();
        for (String term : d.terms()) {
            juesuan.model.FigureRef ref = juesuan.model.FigureRef.parse(term.replaceFirst("^-", ""));
            TableTemplate t = session.template().requireTable(ref.table());
            String rowLabel = session.figures().table(ref.table()).row(ref.row()).map(ComputedRow::label)
                    .orElseGet(() -> session.template().functions().find(ref.row()).map(CatalogEntry::name).orElse(ref.row()));
            String col = t.column(ref.column()).map(ColumnDef::label).orElse(ref.column());
            String part = Msg.get("table.derivedTerm", t.number(), t.title(), rowLabel, col);
            parts.add(term.startsWith("-") ? Msg.get("table.lessTerm", part) : part);
        }
        return String.join(Msg.get("cli.listSeparator"), parts);
    }

    /**
     * The tables this table's grey cells come from, and those its following cells follow, for the note under its
     * title ("" when none).
     */
    public String derivedNote() {
        List<String> notes = new ArrayList<>();
        String derived = tables(false);
        if (!derived.isEmpty()) {
            notes.add(Msg.get("table.derivedNote", derived));
        }
        String follows = tables(true);
        if (!follows.isEmpty()) {
            notes.add(Msg.get("table.followsNote", follows));
        }
        return String.join(Msg.get("table.noteSeparator"), notes);
    }

    private String tables(boolean follows) {
        return session.template().derivations(tableCode).stream().filter(d -> d.follows() == follows)
                .flatMap(d -> d.sourceTables().stream())
                .filter(t -> !t.equals(tableCode)).distinct()
                .map(t -> session.template().requireTable(t).number()).sorted()
                .collect(java.util.stream.Collectors.joining(Msg.get("table.enumeration")));
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

    /** Whether a code typed in the picker is missing from the catalog, so that it can only be a 新增科目. */
    public boolean isUnknownCode(String code) {
        String c = code == null ? "" : code.strip();
        return !c.isEmpty() && !catalog().contains(c);
    }

    /**
     * What a 新增科目 needs besides its own name: the 类 and 款 above it that the catalog does not have (they must be
     * named too). Refuses a code that is not 7 digits, or one the catalog or the table already has.
     */
    public List<String> missingParents(String code) {
        String c = code == null ? "" : code.strip();
        if (!variableRows()) {
            throw new InputError(Msg.get("rows.fixed", template().title()));
        }
        if (!c.matches("[0-9]{7}")) {
            throw new InputError(Msg.get("rows.newCodeShape", c));
        }
        if (catalog().contains(c)) {
            throw new InputError(Msg.get("rows.newCodeExists", c, catalog().find(c).orElseThrow().name()));
        }
        List<String> missing = new ArrayList<>();
        for (String p : List.of(c.substring(0, 3), c.substring(0, 5))) {
            if (!catalog().contains(p)) {
                missing.add(p);
            }
        }
        return missing;
    }

    /**
     * Adds a code the catalog does not have (新增科目) with the name the officer gives, naming its new 类/款 as
     * well, and its row: one undoable edit. 审核 lists the code as a 提示.
     *
     * @param parentNames names for the codes {@link #missingParents} returned, by code
     */
    public void addNewCode(String code, String name, Map<String, String> parentNames) {
        if (session.refuseIfLocked()) {
            return;
        }
        String c = code == null ? "" : code.strip();
        List<String> parents = missingParents(c);
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            throw new InputError(Msg.get("rows.newCodeName", c));
        }
        List<juesuan.model.LocalCode> codes = new ArrayList<>();
        for (String p : parents) {
            String pn = parentNames.getOrDefault(p, "").strip();
            if (pn.isEmpty()) {
                throw new InputError(Msg.get(p.length() == 3 ? "rows.newClassName" : "rows.newKuanName", p));
            }
            codes.add(new juesuan.model.LocalCode(juesuan.model.CatalogKind.FUNCTION, p, pn, juesuan.model.LocalCode.Origin.ADDED));
        }
        codes.add(new juesuan.model.LocalCode(juesuan.model.CatalogKind.FUNCTION, c, n, juesuan.model.LocalCode.Origin.ADDED));
        Runnable add = () -> {
            session.report().localCodes().addAll(codes);
            data().addRow(c);
            session.codesChanged();
            long id = session.reportId();
            session.persist(store -> store.inTransaction(s -> {
                codes.forEach(lc -> s.addCode(id, lc));
                s.addRow(id, tableCode, c, Map.of());
            }));
        };
        Runnable remove = () -> {
            data().removeRow(c);
            // the codes go only when no other table still has a row under them
            List<juesuan.model.LocalCode> unused = codes.stream().filter(lc -> !usedElsewhere(lc.code())).toList();
            session.report().localCodes().removeAll(unused);
            session.codesChanged();
            long id = session.reportId();
            session.persist(store -> store.inTransaction(s -> {
                s.removeRow(id, tableCode, c);
                unused.forEach(lc -> s.removeCode(id, lc.catalog(), lc.code()));
            }));
        };
        session.history().perform(Edit.at(Msg.get("edit.addRow", c), juesuan.ui.session.EditPlace.section(tableCode), add, remove));
        session.say(Msg.get("rows.addedNew", c, n));
    }

    private boolean usedElsewhere(String code) {
        return session.report().tables().values().stream().anyMatch(d -> d.rows().stream().anyMatch(r -> r.startsWith(code))
                || d.cells().keySet().stream().anyMatch(r -> r.startsWith(code) && r.matches("[0-9]+")));
    }

    /** Adds a 项 row (one undoable edit). */
    public void addRow(String code) {
        if (session.refuseIfLocked()) {
            return;
        }
        CatalogEntry e = validateNewRow(code);
        session.history().perform(rowEdit(e.code(), Map.of(), true));
        session.say(Msg.get("rows.added", e.code(), e.name()));
    }

    /**
     * The 项 rows this table does not list although the report's other tables say it should (公开03表 is offered
     * 公开02表's codes, 公开05表 those with 财政拨款, …): code → the table number it comes from.
     */
    public Map<String, String> offered() {
        if (!variableRows()) {
            return Map.of();
        }
        Map<String, String> out = new LinkedHashMap<>();
        juesuan.calculation.RowOffers.missing(session.report(), session.figures(), tableCode)
                .forEach((code, from) -> out.put(code, session.template().requireTable(from).number()));
        return out;
    }

    /** The offer in words, for the bar above the grid ("" when nothing is offered). */
    public String offerNote() {
        Map<String, String> offered = offered();
        if (offered.isEmpty()) {
            return "";
        }
        List<String> names = new ArrayList<>();
        offered.keySet().forEach(code -> names.add(Msg.get("table.rowWithCode",
                session.template().functions().find(code).map(CatalogEntry::name).orElse(code), code)));
        String from = String.join(Msg.get("table.enumeration"), new java.util.LinkedHashSet<>(offered.values()));
        return Msg.get("rows.offered", from, offered.size(), String.join(Msg.get("table.enumeration"), names));
    }

    /** Adds every offered row, as one undoable edit; returns how many were added. */
    public int addOffered() {
        if (session.refuseIfLocked()) {
            return 0;
        }
        List<String> codes = new ArrayList<>(offered().keySet());
        if (codes.isEmpty()) {
            return 0;
        }
        Runnable add = () -> {
            codes.forEach(data()::addRow);
            session.changed();
            long id = session.reportId();
            session.persist(store -> store.inTransaction(tx -> codes.forEach(code -> tx.addRow(id, tableCode, code, Map.of()))));
        };
        Runnable remove = () -> {
            codes.forEach(data()::removeRow);
            session.changed();
            long id = session.reportId();
            session.persist(store -> store.inTransaction(tx -> codes.forEach(code -> tx.removeRow(id, tableCode, code))));
        };
        session.history().perform(Edit.at(Msg.get("edit.addRows", codes.size(), template().number()),
                juesuan.ui.session.EditPlace.section(tableCode), add, remove));
        session.say(Msg.get("rows.addedOffered", codes.size(), template().number()));
        return codes.size();
    }

    /** Whether a row can be removed (an input row of a table with variable rows). */
    public boolean canRemove(String row) {
        return variableRows() && computed().row(row).map(r -> !r.computed()).orElse(false);
    }

    /** Removes a 项 row and its figures (one undoable edit). */
    public void removeRow(String row) {
        if (session.refuseIfLocked()) {
            return;
        }
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
        juesuan.ui.session.EditPlace place = juesuan.ui.session.EditPlace.section(tableCode);
        return add ? Edit.at(Msg.get("edit.addRow", code), place, doAdd, doRemove)
                : Edit.at(Msg.get("edit.removeRow", code), place, doRemove, doAdd);
    }
}
