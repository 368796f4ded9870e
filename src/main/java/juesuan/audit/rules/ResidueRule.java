package juesuan.audit.rules;

import java.util.List;
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

/** N-6: no template residue (增加（减少）, XX, ××) and no doubled words (增加增加) in the printed text. */
public final class ResidueRule implements Rule {
    private static final List<String> RESIDUE = List.of(Msg.get("audit.residueWords").split(","));
    private static final Pattern DOUBLED = Pattern.compile(Msg.get("audit.doubledWords"));

    @Override
    public String id() {
        return "N-6";
    }

    @Override
    public void check(AuditContext ctx, Consumer<Finding> out) {
        for (Paragraph p : ctx.narrative().paragraphs()) {
            String text = p.text();
            for (String r : RESIDUE) {
                if (text.contains(r)) {
                    out.accept(Finding.of(id(), Severity.ERROR, Msg.get("audit.residue", excerpt(text, text.indexOf(r)), r),
                            Place.tab("narrative")));
                }
            }
            Matcher m = DOUBLED.matcher(text);
            if (m.find()) {
                out.accept(Finding.of(id(), Severity.ERROR, Msg.get("audit.doubled", excerpt(text, m.start()), m.group()),
                        Place.tab("narrative")));
            }
        }
    }

    /** The sentence around a position (between 。 or ；), at most 40 characters. */
    static String excerpt(String text, int at) {
        int from = Math.max(text.lastIndexOf('。', at), text.lastIndexOf('；', at)) + 1;
        int to = text.length();
        for (char end : new char[] {'。', '；'}) {
            int i = text.indexOf(end, at);
            if (i >= 0 && i < to) {
                to = i;
            }
        }
        if (to - from > 40) {
            from = Math.max(from, at - 20);
            to = Math.min(to, from + 40);
        }
        return text.substring(from, to);
    }
}
