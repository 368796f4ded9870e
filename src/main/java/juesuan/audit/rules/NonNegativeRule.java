package juesuan.audit.rules;

import java.util.function.Consumer;
import juesuan.audit.AuditContext;
import juesuan.audit.Finding;
import juesuan.audit.Place;
import juesuan.audit.Rule;
import juesuan.audit.Severity;
import juesuan.calculation.ComputedRow;
import juesuan.i18n.Msg;
import juesuan.model.ColumnDef;
import juesuan.model.TableTemplate;

/** T1-6 (and every table): income and expenditure figures are not negative, except rows that allow it. */
public final class NonNegativeRule implements Rule {
    @Override
    public String id() {
        return "T1-6";
    }

    @Override
    public void check(AuditContext ctx, Consumer<Finding> out) {
        for (TableTemplate t : ctx.template().tables()) {
            for (ComputedRow r : ctx.rows(t.code())) {
                if (r.allowNegative()) {
                    continue;
                }
                for (ColumnDef c : t.columns()) {
                    var v = ctx.value(t.code() + "/" + r.key() + "/" + c.key());
                    if (v.signum() < 0) {
                        out.accept(Finding.of(id(), Severity.ERROR,
                                Msg.get("audit.negative", r.label() + " · " + c.label(), AuditContext.wan(v), t.title()),
                                Place.cell(t.code(), r.key(), c.key())));
                    }
                }
            }
        }
    }
}
