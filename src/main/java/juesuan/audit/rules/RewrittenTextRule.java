package juesuan.audit.rules;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import juesuan.audit.AuditContext;
import juesuan.audit.Finding;
import juesuan.audit.Place;
import juesuan.audit.Rule;
import juesuan.audit.Severity;
import juesuan.i18n.Msg;
import juesuan.narrative.Paragraph;

/**
 * The text against the tables where the user rewrote a paragraph (generated paragraphs match by construction):
 * N-1 every 万元 amount is one of the paragraph's figures; N-3 the direction words agree with the figures; N-7 a
 * figure is not written in 元 where it is in 万元; and the paragraph is not left behind when the figures changed.
 */
public final class RewrittenTextRule implements Rule {
    private static final Pattern WAN = Pattern.compile("(\\d+(?:\\.\\d+)?)" + Pattern.quote(Msg.get("audit.wanUnit")));
    private static final Pattern YUAN = Pattern.compile("(\\d+(?:\\.\\d+)?)" + Pattern.quote(Msg.get("audit.yuanUnit")));
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");

    @Override
    public boolean readsText() {
        return true;
    }

    @Override
    public String id() {
        return "N-1";
    }

    @Override
    public void check(AuditContext ctx, Consumer<Finding> out) {
        String up = ctx.profile().phrase("increase");
        String down = ctx.profile().phrase("decrease");
        String wanUnit = Msg.get("audit.wanUnit");
        for (Paragraph p : ctx.narrative().paragraphs()) {
            if (!p.overridden()) {
                continue;
            }
            String text = p.text();
            Set<String> figures = new HashSet<>();
            Matcher n = NUMBER.matcher(p.generated());
            while (n.find()) {
                figures.add(n.group());
            }
            Matcher m = WAN.matcher(text);
            while (m.find()) {
                if (!figures.contains(m.group(1))) {
                    out.accept(Finding.of(id(), Severity.HINT, Msg.get("audit.rewrittenFigure", p.key(), m.group(1)),
                            new Place("narrative", p.key(), m.group(1), null)));
                }
            }
            boolean genUp = p.generated().contains(up);
            boolean genDown = p.generated().contains(down);
            if (genUp && !genDown && text.contains(down) && !text.contains(up)
                    || genDown && !genUp && text.contains(up) && !text.contains(down)) {
                out.accept(Finding.of("N-3", Severity.HINT, Msg.get("audit.rewrittenDirection", p.key(), genUp ? up : down),
                        new Place("narrative", p.key(), "direction", null)));
            }
            Matcher y = YUAN.matcher(text);
            while (y.find()) {
                if (figures.contains(y.group(1)) && p.generated().contains(y.group(1) + wanUnit)) {
                    out.accept(Finding.of("N-7", Severity.ERROR, Msg.get("audit.yuanForWan", p.key(), y.group(1)),
                            new Place("narrative", p.key(), y.group(1), null)));
                }
            }
            if (p.stale()) {
                out.accept(Finding.of("N-1", Severity.HINT, Msg.get("audit.rewrittenStale", p.key()), new Place("narrative", p.key(), "stale", null)));
            }
        }
    }
}
