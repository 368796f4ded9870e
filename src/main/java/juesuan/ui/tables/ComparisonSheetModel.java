package juesuan.ui.tables;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import juesuan.calculation.Comparisons;
import juesuan.i18n.Msg;
import juesuan.model.Basis;
import juesuan.model.Comparison;
import juesuan.model.ComparisonDef;
import juesuan.model.ComparisonGroup;
import juesuan.model.Report;
import juesuan.model.Money;
import juesuan.model.ValueParser;
import juesuan.model.ValueType;
import juesuan.store.ReportStore;
import juesuan.ui.session.ReportSession;
import juesuan.ui.sheet.CellChange;
import juesuan.ui.sheet.CellKind;
import juesuan.ui.sheet.SheetColumn;
import juesuan.ui.sheet.SheetModel;

/**
 * The figures the text compares against (上年决算数, 年初预算数, 全年预算数) and the 主要原因 of each comparison,
 * next to this year's figure computed from the tables.
 */
public final class ComparisonSheetModel implements SheetModel {
    @Override
    public String section() {
        return "comparisons";
    }

    public static final String LABEL = "#label";
    public static final String SECTION = "#section";
    public static final String CURRENT = "current";
    public static final String PRIOR = "prior";
    public static final String INITIAL = "initial";
    public static final String FULL = "full";
    public static final String REASON_PRIOR = "reasonPrior";
    public static final String REASON_BUDGET = "reasonBudget";
    /** 主要用于 of a 项 (per-项 rows of the groups only), kept per code among the report's texts. */
    public static final String USAGE = "usage";

    private final ReportSession session;

    public ComparisonSheetModel(ReportSession session) {
        this.session = session;
    }

    /** The comparisons of the report: the template's fixed ones, then the per-row groups its text profile uses. */
    public Map<String, ComparisonDef> definitions() {
        return new Comparisons(session.report(), session.figures()).definitions(session.comparisonGroups());
    }

    /**
     * The 项 code of a per-项 row (a comparison group over a table's leaves, e.g. gpb.item.2010301 → 2010301), or
     * null for a fixed comparison or a 类 row: 主要用于 is written per 项, once per code.
     */
    String itemCode(String row) {
        for (ComparisonGroup g : session.figures().template().comparisonGroups()) {
            if (g.leaves() && row.startsWith(g.keyPrefix())) {
                return row.substring(g.keyPrefix().length());
            }
        }
        return null;
    }

    private ComparisonDef def(String row) {
        ComparisonDef d = definitions().get(row);
        if (d == null) {
            throw new IllegalArgumentException("no comparison " + row);
        }
        return d;
    }

    @Override
    public List<SheetColumn> columns() {
        return List.of(
                new SheetColumn(LABEL, Msg.get("comparison.item"), 250, ValueType.TEXT, true),
                new SheetColumn(SECTION, Msg.get("comparison.section"), 78, ValueType.TEXT, true),
                new SheetColumn(CURRENT, Msg.get("comparison.current"), 118, ValueType.MONEY, false),
                new SheetColumn(PRIOR, Msg.get("comparison.prior"), 118, ValueType.MONEY, false),
                new SheetColumn(INITIAL, Msg.get("comparison.initial"), 118, ValueType.MONEY, false),
                new SheetColumn(FULL, Msg.get("comparison.full"), 118, ValueType.MONEY, false),
                new SheetColumn(REASON_PRIOR, Msg.get("comparison.reasonPrior"), 360, ValueType.TEXT, false),
                new SheetColumn(REASON_BUDGET, Msg.get("comparison.reasonBudget"), 360, ValueType.TEXT, false),
                new SheetColumn(USAGE, Msg.get("comparison.usage"), 300, ValueType.TEXT, false));
    }

    @Override
    public List<String> rowKeys() {
        return List.copyOf(definitions().keySet());
    }

    @Override
    public int level(String row) {
        return 1;
    }

    @Override
    public CellKind kind(String row, String column) {
        ComparisonDef d = def(row);
        return switch (column) {
            case LABEL, SECTION -> CellKind.LABEL;
            case CURRENT -> CellKind.COMPUTED;
            case PRIOR, REASON_PRIOR -> d.bases().contains(Basis.PRIOR) ? CellKind.INPUT : CellKind.NONE;
            case INITIAL, FULL, REASON_BUDGET -> d.bases().contains(Basis.BUDGET) ? CellKind.INPUT : CellKind.NONE;
            case USAGE -> itemCode(row) != null ? CellKind.INPUT : CellKind.NONE;
            default -> throw new IllegalArgumentException(column);
        };
    }

    @Override
    public String display(String row, String column) {
        ComparisonDef d = def(row);
        if (LABEL.equals(column)) {
            return d.label();
        }
        if (SECTION.equals(column)) {
            return d.section();
        }
        Object v = kind(row, column) == CellKind.NONE ? null : shown(row, column);
        if (v instanceof BigDecimal b) {
            return Money.formatWan(b);
        }
        return v == null ? "" : v.toString();
    }

    /** What a cell shows: the typed value, or for a 年初预算数 not typed the figure it follows (公开07表's 预算数). */
    private Object shown(String row, String column) {
        if (INITIAL.equals(column) || PRIOR.equals(column)) {
            ComparisonDef d = def(row);
            juesuan.calculation.Comparisons cmp = new juesuan.calculation.Comparisons(session.report(), session.figures());
            if (INITIAL.equals(column) && cmp.initialFollows(d)) {
                return cmp.bases(d).initialBudget();
            }
            if (PRIOR.equals(column) && cmp.priorFollows(d)) {
                return cmp.bases(d).priorFinal();
            }
        }
        return value(row, column);
    }

    @Override
    public String follows(String row, String column) {
        if (PRIOR.equals(column)) {
            ComparisonDef d = def(row);
            if (!new juesuan.calculation.Comparisons(session.report(), session.figures()).priorFollows(d)) {
                return null;
            }
            List<String> parts = d.sumOf().stream().map(k -> def(k).label()).toList();
            return Msg.get("comparison.followsParts", String.join(Msg.get("cli.listSeparator"), parts));
        }
        if (!INITIAL.equals(column)) {
            return null;
        }
        ComparisonDef d = def(row);
        if (!new juesuan.calculation.Comparisons(session.report(), session.figures()).initialFollows(d) || d.initialFrom() == null) {
            return null;
        }
        juesuan.model.FigureRef from = d.initialFrom();
        juesuan.model.TableTemplate t = session.template().requireTable(from.table());
        String rowLabel = t.row(from.row()).map(juesuan.model.RowDef::label).orElse(from.row());
        String col = t.column(from.column()).map(juesuan.model.ColumnDef::label).orElse(from.column());
        return Msg.get("table.followsCell", Msg.get("table.derivedTerm", t.number(), t.title(), rowLabel, col));
    }

    @Override
    public String editText(String row, String column) {
        Object v = shown(row, column);
        if (v instanceof BigDecimal b) {
            return Money.editableWan(b);
        }
        return v == null ? "" : v.toString();
    }

    @Override
    public Object value(String row, String column) {
        ComparisonDef d = def(row);
        Comparison c = session.report().comparison(row);
        return switch (column) {
            case CURRENT -> session.figures().value(d.current());
            case PRIOR -> c.priorFinal();
            case INITIAL -> c.initialBudget();
            case FULL -> c.fullYearBudget();
            case REASON_PRIOR -> blankToNull(session.report().reason(row, Basis.PRIOR));
            case REASON_BUDGET -> blankToNull(session.report().reason(row, Basis.BUDGET));
            case USAGE -> {
                String code = itemCode(row);
                yield code == null ? null : blankToNull(session.report().text(Report.USAGE + code));
            }
            default -> null;
        };
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    @Override
    public Object parse(String row, String column, String text) {
        return switch (column) {
            case REASON_PRIOR, REASON_BUDGET, USAGE -> blankToNull(text == null ? null : text.strip());
            default -> ValueParser.parseWanToYuan(text, false);
        };
    }

    @Override
    public String describe(String row, String column) {
        String col = columns().stream().filter(c -> c.key().equals(column)).findFirst().map(SheetColumn::header).orElse(column);
        return Msg.get("comparison.cellPlace", def(row).label(), col);
    }

    @Override
    public void write(List<CellChange> changes) {
        long id = session.reportId();
        List<Consumer<ReportStore>> writes = new ArrayList<>();
        for (CellChange ch : changes) {
            String key = ch.row();
            switch (ch.column()) {
                case REASON_PRIOR, REASON_BUDGET -> {
                    Basis basis = REASON_PRIOR.equals(ch.column()) ? Basis.PRIOR : Basis.BUDGET;
                    String text = (String) ch.after();
                    session.report().setReason(key, basis, text);
                    writes.add(tx -> tx.setReason(id, key, basis, text));
                }
                case USAGE -> {
                    String textKey = Report.USAGE + itemCode(key);
                    String text = ch.after() == null ? "" : (String) ch.after();
                    session.report().setText(textKey, text);
                    writes.add(tx -> tx.setText(id, textKey, text));
                }
                default -> {
                    Comparison c = session.report().comparison(key);
                    BigDecimal v = (BigDecimal) ch.after();
                    Comparison next = switch (ch.column()) {
                        case PRIOR -> c.withPriorFinal(v);
                        case INITIAL -> c.withInitialBudget(v);
                        default -> c.withFullYearBudget(v);
                    };
                    session.report().setComparison(key, next);
                    writes.add(tx -> tx.setComparison(id, key, next));
                }
            }
        }
        session.changed();
        session.persist(store -> store.inTransaction(tx -> writes.forEach(w -> w.accept(tx))));
    }
}
