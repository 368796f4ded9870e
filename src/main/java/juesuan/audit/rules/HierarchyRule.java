package juesuan.audit.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;
import juesuan.audit.AuditContext;
import juesuan.audit.Finding;
import juesuan.audit.Place;
import juesuan.audit.Rule;
import juesuan.audit.Severity;
import juesuan.calculation.ComputedRow;
import juesuan.calculation.TableCalculator;
import juesuan.i18n.Msg;
import juesuan.model.CatalogEntry;
import juesuan.model.ColumnDef;
import juesuan.model.Money;
import juesuan.model.TableTemplate;

/** 类 = Σ款, 款 = Σ项 and 合计 = Σ类, in every column of a 功能分类 table (T2-2, T3-2, T5-1, T8/9-1). */
public final class HierarchyRule implements Rule {
    private final String id;
    private final String table;

    public HierarchyRule(String id, String table) {
        this.id = id;
        this.table = table;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public void check(AuditContext ctx, Consumer<Finding> out) {
        TableTemplate t = ctx.template().requireTable(table);
        List<ComputedRow> rows = ctx.rows(table);
        juesuan.audit.RelationRule.Rounding rounding = juesuan.audit.AuditRules.rounding(ctx.template().year());
        // each row under its parent once, so the rule's work grows with the rows, not with rows × parents
        java.util.Map<String, List<ComputedRow>> children = new java.util.HashMap<>();
        for (ComputedRow child : rows) {
            if (!TableCalculator.TOTAL_ROW.equals(child.key())) {
                children.computeIfAbsent(parentKey(ctx, child), k -> new java.util.ArrayList<>()).add(child);
            }
        }
        for (ComputedRow parent : rows) {
            if (!parent.computed()) {
                continue;
            }
            for (ColumnDef c : t.columns()) {
                BigDecimal sum = Money.zero();
                List<BigDecimal> figures = new java.util.ArrayList<>();
                for (ComputedRow child : children.getOrDefault(parent.key(), List.of())) {
                    if (child != parent) {
                        BigDecimal cv = ctx.value(table + "/" + child.key() + "/" + c.key());
                        figures.add(cv);
                        sum = sum.add(cv);
                    }
                }
                BigDecimal v = ctx.value(table + "/" + parent.key() + "/" + c.key());
                figures.add(v);
                if (v.compareTo(sum) != 0) {
                    String[] w = AuditContext.wanCompared(v, sum);
                    String message = Msg.get("audit.hierarchy", parent.label(), c.label(), w[0], w[1], w[2], t.title());
                    String note = rounding == null ? null : rounding.roundingNote(message, figures, v.subtract(sum));
                    out.accept(Finding.of(id, note != null ? Severity.ROUNDING : Severity.ERROR, note != null ? note : message,
                            Place.cell(table, parent.key(), c.key())));
                }
            }
        }
    }

    /** The row a row adds up into: its code's parent, or the 合计 row for a 类. */
    private static String parentKey(AuditContext ctx, ComputedRow child) {
        String parentCode = ctx.template().functions().find(child.key()).map(CatalogEntry::parentCode).orElse(null);
        return parentCode == null ? TableCalculator.TOTAL_ROW : parentCode;
    }
}
