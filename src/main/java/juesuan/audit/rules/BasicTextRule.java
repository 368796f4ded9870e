package juesuan.audit.rules;

import java.util.function.Consumer;
import juesuan.audit.AuditContext;
import juesuan.audit.Finding;
import juesuan.audit.Place;
import juesuan.audit.Rule;
import juesuan.audit.Severity;
import juesuan.i18n.Msg;
import juesuan.narrative.Paragraph;
import juesuan.narrative.Phrasing;
import juesuan.narrative.NarrativeSettings;

/**
 * the text's 基本支出 paragraph states 基本支出 = 人员经费 + 公用经费 with the tables' figures (it does when
 * generated; a rewritten one is checked).
 */
public final class BasicTextRule implements Rule {
    @Override
    public boolean readsText() {
        return true;
    }

    @Override
    public String id() {
        return "X-14";
    }

    @Override
    public void check(AuditContext ctx, Consumer<Finding> out) {
        Phrasing ph = new Phrasing(ctx.profile(), NarrativeSettings.of(ctx.report(), ctx.profile()));
        String basic = ph.wan(ctx.value("T5/total/basic"));
        String personnel = ph.wan(ctx.value("T6/personnel/amount"));
        String pub = ph.wan(ctx.value("T6/public/amount"));
        String wanUnit = Msg.get("audit.wanUnit");
        for (Paragraph p : ctx.narrative().paragraphs()) {
            if (!p.overridden() || !p.generated().contains(basic + wanUnit) || !p.generated().contains(personnel + wanUnit)) {
                continue;
            }
            // by value, as written (274.6万元, 1,274.64万元)
            java.util.List<juesuan.audit.text.Written> written = juesuan.audit.text.Numbers.in(p.text());
            if (!states(written, basic, wanUnit) || !states(written, personnel, wanUnit) || !states(written, pub, wanUnit)) {
                out.accept(Finding.of(id(), Severity.HINT, Msg.get("audit.basicText", ctx.narrative().where(p.key()), basic, personnel, pub),
                        new Place("narrative", p.key(), "basic", null)));
            }
        }
    }

    /** Whether a text's figures state an amount written from the tables (1463.32 万元 as 1463.3万元 or 1,463.32万元). */
    private static boolean states(java.util.List<juesuan.audit.text.Written> written, String wan, String unit) {
        var number = new java.math.BigDecimal(wan);
        var known = new juesuan.audit.text.Written(0, 0, number, Math.max(number.scale(), 0), unit);
        return written.stream().anyMatch(w -> w.states(known));
    }
}
