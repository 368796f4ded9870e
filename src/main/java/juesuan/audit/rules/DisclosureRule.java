package juesuan.audit.rules;

import java.util.function.Consumer;
import juesuan.audit.AuditContext;
import juesuan.audit.Finding;
import juesuan.audit.Place;
import juesuan.audit.Rule;
import juesuan.audit.Severity;
import juesuan.i18n.Msg;
import juesuan.narrative.Narrative;
import juesuan.narrative.Paragraph;
import juesuan.narrative.Profile;

/**
 * N-17: what the region's inspection checklist requires the text to state even when it is zero (the profile's
 * {@code discloses}: 公务用车购置费 and 运行维护费 each, 因公出国（境）团组数 and 人数, 公务用车购置数 and 保有量, 国内公务接待
 * 批次, 人数 and 金额) is stated in the paragraphs under its heading, as the profile writes them or as the officer
 * rewrote them; a missing one is 错误, pointing at the figure to enter when that is what is missing.
 */
public final class DisclosureRule implements Rule {
    @Override
    public boolean readsText() {
        return true;
    }

    @Override
    public String id() {
        return "N-17";
    }

    @Override
    public void check(AuditContext ctx, Consumer<Finding> out) {
        Narrative narrative = ctx.narrative();
        java.util.Map<String, String> sections = new java.util.HashMap<>();
        for (Profile.Disclosure d : ctx.profile().discloses()) {
            String text = sections.computeIfAbsent(d.under(), under -> {
                StringBuilder all = new StringBuilder();
                for (Paragraph p : narrative.paragraphs()) {
                    if (!p.heading() && (p.key().equals(under) || p.key().startsWith(under + "."))) {
                        all.append(p.text()).append('\n');
                    }
                }
                return juesuan.audit.text.Numbers.halfWidth(all.toString());
            });
            if (d.pattern().matcher(text).find()) {
                continue;
            }
            String where = narrative.where(d.under());
            boolean notEntered = d.field() != null && ctx.report().count(d.field()) == null;
            String field = notEntered ? ctx.template().field(d.field()).map(f -> f.label()).orElse(d.item()) : null;
            out.accept(Finding.of(id(), Severity.ERROR, notEntered ? Msg.get("audit.disclosure.notEntered", where, d.item(), field)
                            : Msg.get("audit.disclosure.missing", where, d.item()),
                    notEntered ? Place.field("threePublic", d.field()) : new Place("narrative", d.under(), "disclosure", null)));
        }
    }
}
