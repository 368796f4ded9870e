package juesuan.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import juesuan.calculation.ComputedRow;
import juesuan.i18n.Msg;
import juesuan.model.CatalogEntry;
import juesuan.model.Money;
import juesuan.model.RowDef;
import juesuan.model.TableKind;

/**
 * A sum or equality relation over figures, read from the year's {@code audit.json}: {@code left op right}, where
 * each side is a sum of figure references, optionally repeated for each 类, row or 项 of a table.
 *
 * <p>Reference syntax: "T1/in.total/amount", "amount:op.opex", "cmp:carry.end/prior"; a leading "-" subtracts;
 * "ΣT6/301/amount" adds the catalog children of 301; "{class}" repeats a term for every 类 row of the
 * 收支总表; "{code}" and "{name}" are the current 类/row/value of the repetition.
 */
public final class RelationRule implements Rule {
    /** How a relation compares its sides. */
    public enum Op { EQ, LE, GE }

    /** A repetition of a relation: over 类 present in tables, over the rows or 项 of a table, or over values. */
    public record Each(List<String> classesOf, String rowsOf, String leavesOf, List<String> values, List<String> names) {
    }

    /**
     * One side: a label for the message and the terms to add up.
     */
    public record Side(String label, List<String> terms) {
    }

    /**
     * The rounding rule (data in {@code audit.json}): when every figure of a relation is a 2-decimal 万元 amount (a
     * whole multiple of {@code step} 元), a difference of at most {@code perTerm} 元 per figure is 尾差, not 错误.
     * Figures that are zero (rows the unit does not have) are not counted.
     */
    public record Rounding(BigDecimal step, BigDecimal perTerm) {
        /** The tolerance for a relation's rounded figures, or null when some figure is not rounded. */
        public BigDecimal tolerance(List<BigDecimal> figures) {
            for (BigDecimal f : figures) {
                if (f.remainder(step).signum() != 0) {
                    return null; // an exact amount in 元 sums exactly: no rounding to allow for
                }
            }
            return perTerm.multiply(BigDecimal.valueOf(rounded(figures)));
        }

        /**
         * The tolerance for the typed figures behind a relation's sides, or when some of them are exact amounts in 元
         * the tolerance for the figures the sides name (null when those are not all rounded either), with the figures
         * it counts.
         */
        Allowed allowed(List<BigDecimal> behind, List<BigDecimal> named) {
            BigDecimal t = tolerance(behind);
            if (t != null) {
                return new Allowed(t, rounded(behind));
            }
            t = tolerance(named);
            return t == null ? null : new Allowed(t, rounded(named));
        }

        public static long rounded(List<BigDecimal> figures) {
            return figures.stream().filter(f -> f.signum() != 0).count();
        }

        /**
         * The 尾差 note for an 错误 message when the difference is within the rounding of the figures, or null when
         * it stays an 错误.
         */
        public String roundingNote(String message, List<BigDecimal> figures, BigDecimal difference) {
            return roundingNote(message, figures, figures, difference);
        }

        /** The same, for the figures behind a relation's sides and the figures it names (see {@link #allowed}). */
        public String roundingNote(String message, List<BigDecimal> behind, List<BigDecimal> named, BigDecimal difference) {
            Allowed a = allowed(behind, named);
            if (a == null || difference.abs().compareTo(a.tolerance()) > 0) {
                return null;
            }
            return Msg.get("audit.roundingNote", message, a.count(), Money.yuanToWan(a.tolerance()).stripTrailingZeros().toPlainString());
        }
    }

    /** The rounding a relation allows: half a 分 of 万元 for each of {@code count} rounded figures. */
    record Allowed(BigDecimal tolerance, long count) {
    }

    private final String id;
    private final Severity severity;
    private final String where;
    private final Side left;
    private final Op op;
    private final Side right;
    private final String place;
    private final Each each;
    private final Rounding rounding;

    public RelationRule(String id, Severity severity, String where, Side left, Op op, Side right, String place, Each each) {
        this(id, severity, where, left, op, right, place, each, null);
    }

    public RelationRule(String id, Severity severity, String where, Side left, Op op, Side right, String place, Each each,
                        Rounding rounding) {
        this.rounding = rounding;
        this.id = id;
        this.severity = severity;
        this.where = where;
        this.left = left;
        this.op = op;
        this.right = right;
        this.place = place;
        this.each = each;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public void check(AuditContext ctx, Consumer<Finding> out) {
        for (Map.Entry<String, String> v : variables(ctx).entrySet()) {
            String code = v.getKey();
            String name = v.getValue();
            List<BigDecimal> figures = new ArrayList<>();
            List<BigDecimal> named = new ArrayList<>();
            BigDecimal l = sum(ctx, left, code, figures, named);
            BigDecimal r = sum(ctx, right, code, figures, named);
            int cmp = l.compareTo(r);
            boolean ok = switch (op) {
                case EQ -> cmp == 0;
                case LE -> cmp <= 0;
                case GE -> cmp >= 0;
            };
            if (ok) {
                continue;
            }
            String key = switch (op) {
                case EQ -> "audit.eq";
                case LE -> "audit.le";
                case GE -> "audit.ge";
            };
            String[] w = AuditContext.wanCompared(l, r);
            String message = Msg.get(key, fill(left.label(), code, name), w[0], fill(right.label(), code, name), w[1], w[2],
                    fill(where, code, name));
            String note = rounding == null || severity != Severity.ERROR ? null : rounding.roundingNote(message, figures, named, l.subtract(r));
            out.accept(note != null ? Finding.of(id, Severity.ROUNDING, note, ctx.place(fill(place, code, name)))
                    : Finding.of(id, severity, message, ctx.place(fill(place, code, name))));
        }
    }

    private static String fill(String s, String code, String name) {
        return s.replace("{code}", code == null ? "" : code).replace("{name}", name == null ? "" : name);
    }

    /** The repetitions: code → name; one entry with null code when the relation is not repeated. */
    private Map<String, String> variables(AuditContext ctx) {
        Map<String, String> vars = new LinkedHashMap<>();
        if (each == null) {
            vars.put(null, null);
            return vars;
        }
        if (each.values() != null) {
            for (int i = 0; i < each.values().size(); i++) {
                vars.put(each.values().get(i), each.names().get(i));
            }
        } else if (each.rowsOf() != null) {
            for (ComputedRow r : ctx.rows(each.rowsOf())) {
                vars.put(r.key(), r.code().isEmpty() ? r.label() : Msg.get("table.rowWithCode", r.label(), r.code()));
            }
        } else if (each.leavesOf() != null) {
            for (ComputedRow r : ctx.rows(each.leavesOf())) {
                if (!r.computed()) {
                    vars.put(r.key(), r.label());
                }
            }
        } else {
            List<String> codes = new ArrayList<>();
            for (String table : each.classesOf()) {
                boolean function = ctx.template().requireTable(table).kind() == TableKind.FUNCTION;
                for (ComputedRow r : ctx.rows(table)) {
                    String code = function ? (r.level() == 1 ? r.key() : null)
                            : r.level() == 1 && !r.code().isEmpty() && r.values().values().stream().anyMatch(x -> x.signum() != 0)
                            ? r.code() : null;
                    if (code != null && !codes.contains(code)) {
                        codes.add(code);
                    }
                }
            }
            codes.sort(Comparator.comparingInt(c -> ctx.template().functions().order(c)));
            for (String c : codes) {
                vars.put(c, ctx.template().functions().find(c).map(CatalogEntry::name).orElse(c));
            }
        }
        return vars;
    }

    private static BigDecimal sum(AuditContext ctx, Side side, String code, List<BigDecimal> figures, List<BigDecimal> named) {
        BigDecimal s = Money.zero();
        for (String raw : side.terms()) {
            String t = fill(raw, code, null);
            boolean minus = t.startsWith("-");
            if (minus) {
                t = t.substring(1);
            }
            for (String ref : expand(ctx, t)) {
                BigDecimal v = ctx.value(ref);
                named.add(v);
                behind(ctx, ref, v, figures);
                s = minus ? s.subtract(v) : s.add(v);
            }
        }
        return s;
    }

    /**
     * The figures a term adds up, each a rounded amount in a published table: a typed (or derived) cell is one; a
     * 合计, 小计 or parent row, or a column that sums others, is the typed cells behind it (公开06表's 人员经费合计 is
     * its twenty-odd rows), so that the rounding allowed for a relation grows with them.
     */
    private static void behind(AuditContext ctx, String ref, BigDecimal value, List<BigDecimal> out) {
        String[] p = ref.split("/");
        var table = p.length == 3 && !ref.contains(":") ? ctx.template().table(p[0]).orElse(null) : null;
        if (table == null) {
            out.add(value);
            return;
        }
        List<BigDecimal> leaves = new ArrayList<>();
        leaves(ctx, table, p[1], p[2], leaves, 0);
        if (leaves.isEmpty() || leaves.stream().reduce(BigDecimal.ZERO, BigDecimal::add).compareTo(value) != 0) {
            out.add(value); // a figure printed otherwise than its rows add up (a table as published): itself
        } else {
            out.addAll(leaves);
        }
    }

    private static void leaves(AuditContext ctx, juesuan.model.TableTemplate table, String rowKey, String column, List<BigDecimal> out,
                               int depth) {
        if (depth > 8) {
            return;
        }
        var col = table.column(column).orElse(null);
        if (col != null && col.computed()) {
            for (String c : col.sumOf()) {
                leaves(ctx, table, rowKey, c, out, depth + 1);
            }
            return;
        }
        List<ComputedRow> rows = ctx.rows(table.code());
        ComputedRow row = null;
        for (ComputedRow r : rows) {
            if (r.key().equals(rowKey)) {
                row = r;
                break;
            }
        }
        if (row == null) {
            return;
        }
        if (!row.computed()) {
            out.add(row.value(column));
            return;
        }
        var def = table.row(rowKey).orElse(null);
        if (def != null && !def.sumOf().isEmpty()) {
            for (String k : def.sumOf()) {
                leaves(ctx, table, k, column, out, depth + 1);
            }
            return;
        }
        for (ComputedRow r : rows) {
            if (!r.computed() && (row.level() == 0 || r.key().startsWith(row.key()))) {
                out.add(r.value(column));
            }
        }
    }

    private static List<String> expand(AuditContext ctx, String term) {
        if (term.startsWith("Σ")) {
            String[] p = term.substring(1).split("/");
            return ctx.template().economics().children(p[1]).stream().map(e -> p[0] + "/" + e.code() + "/" + p[2]).toList();
        }
        if (term.contains("{class}")) {
            List<String> out = new ArrayList<>();
            for (RowDef r : ctx.template().requireTable("T1").rows()) {
                if (r.key().startsWith("out.") && !r.code().isEmpty()) {
                    out.add(term.replace("{class}", r.code()));
                }
            }
            return out;
        }
        return List.of(term);
    }
}
