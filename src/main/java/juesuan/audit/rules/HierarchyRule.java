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
        for (ComputedRow parent : rows) {
            if (!parent.computed()) {
                continue;
            }
            for (ColumnDef c : t.columns()) {
                BigDecimal sum = Money.zero();
                List<BigDecimal> figures = new java.util.ArrayList<>();
                for (ComputedRow child : rows) {
                    if (isChild(ctx, parent, child)) {
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

    private static boolean isChild(AuditContext ctx, ComputedRow parent, ComputedRow child) {
        if (child == parent) {
            return false;
        }
        String parentCode = ctx.template().functions().find(child.key()).map(CatalogEntry::parentCode).orElse(null);
        if (TableCalculator.TOTAL_ROW.equals(parent.key())) {
            return parentCode == null && !TableCalculator.TOTAL_ROW.equals(child.key());
        }
        return parent.key().equals(parentCode);
    }
}
