package juesuan.audit.rules;

import java.util.List;
import java.util.function.Consumer;
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
    /** Each word that must not follow itself, written twice (a search for each is far cheaper than a back-reference). */
    private static final List<String> DOUBLED = java.util.Arrays.stream(Msg.get("audit.doubledWords").split(","))
            .map(w -> w + w).toList();

    @Override
    public boolean readsText() {
        return true;
    }

    @Override
    public String id() {
        return "N-6";
    }

    @Override
    public void check(AuditContext ctx, Consumer<Finding> out) {
        for (Paragraph p : ctx.narrative().paragraphs()) {
            String text = p.text();
            if (!mayHold(text)) {
                continue;
            }
            String where = ctx.narrative().where(p.key());
            for (String r : RESIDUE) {
                if (text.contains(r)) {
                    out.accept(Finding.of(id(), Severity.ERROR, Msg.get("audit.residue", excerpt(text, text.indexOf(r)), r, where),
                            Place.tab("narrative")));
                }
            }
            int first = -1;
            String doubled = null;
            for (String d : DOUBLED) {
                int at = text.indexOf(d);
                if (at >= 0 && (first < 0 || at < first)) {
                    first = at;
                    doubled = d;
                }
            }
            if (doubled != null) {
                out.accept(Finding.of(id(), Severity.ERROR, Msg.get("audit.doubled", excerpt(text, first), doubled, where),
                        Place.tab("narrative")));
            }
        }
    }

    /** Whether any residue or doubled word can be in the text (the heading is looked up only for a paragraph that has one). */
    private static boolean mayHold(String text) {
        for (String r : RESIDUE) {
            if (text.contains(r)) {
                return true;
            }
        }
        for (String d : DOUBLED) {
            if (text.contains(d)) {
                return true;
            }
        }
        return false;
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
