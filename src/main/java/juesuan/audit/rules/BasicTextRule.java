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
            String text = p.text();
            if (!text.contains(basic + wanUnit) || !text.contains(personnel + wanUnit) || !text.contains(pub + wanUnit)) {
                out.accept(Finding.of(id(), Severity.HINT, Msg.get("audit.basicText", ctx.narrative().where(p.key()), basic, personnel, pub),
                        new Place("narrative", p.key(), "basic", null)));
            }
        }
    }
}
