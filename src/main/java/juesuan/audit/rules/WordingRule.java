package juesuan.audit.rules;

import java.util.function.Consumer;
import juesuan.audit.AuditContext;
import juesuan.audit.Finding;
import juesuan.audit.Place;
import juesuan.audit.Rule;
import juesuan.audit.Severity;
import juesuan.audit.text.Wording;
import juesuan.i18n.Msg;
import juesuan.narrative.Narrative;
import juesuan.narrative.Paragraph;

/**
 * The wording of every paragraph, generated or rewritten (reasons and usages are the officer's words in either):
 * N-15 two directions run together (大小于, 减增加), a change beside 持平 for the same subject, words in the wrong order
 * (支出收入), a rewritten paragraph's year that is not the report's; N-14 a number left without its unit (占64.18；).
 * Each finding quotes the words and names the paragraph by its heading.
 */
public final class WordingRule implements Rule {
    @Override
    public boolean readsText() {
        return true;
    }

    @Override
    public String id() {
        return "N-15";
    }

    @Override
    public void check(AuditContext ctx, Consumer<Finding> out) {
        Narrative narrative = ctx.narrative();
        int year = ctx.report().fiscalYear();
        String yearText = String.valueOf(year);
        for (Paragraph p : narrative.paragraphs()) {
            if (p.heading()) {
                continue;
            }
            String text = p.text();
            for (Wording.Defect d : Wording.in(text, year, p.overridden())) {
                String where = narrative.where(p.key());
                String sentence = ResidueRule.excerpt(text, d.at());
                Place place = new Place("narrative", p.key(), "wording", null);
                Finding f = switch (d.kind()) {
                    case CONTRADICTION -> Finding.of(id(), Severity.ERROR, Msg.get("audit.wording.contradiction", where, sentence, d.words()), place);
                    case CHANGE_AND_FLAT -> Finding.of(id(), Severity.ERROR, Msg.get("audit.wording.changeAndFlat", where, sentence, d.words()), place);
                    case SWAPPED -> Finding.of(id(), Severity.ERROR, Msg.get("audit.wording.swapped", where, sentence, d.words(), d.instead()), place);
                    case YEAR -> Finding.of(id(), Severity.ERROR, Msg.get("audit.wording.year", where, sentence, d.words(), yearText, d.instead()), place);
                    case OTHER_YEAR -> Finding.of(id(), Severity.HINT, Msg.get("audit.wording.otherYear", where, sentence, d.words(), yearText), place);
                    case ZERO_CHANGE -> Finding.of(id(), Severity.HINT, Msg.get("audit.wording.zeroChange", where, sentence, d.words()), place);
                    case NO_PERCENT -> Finding.of("N-14", Severity.ERROR, Msg.get("audit.wording.noPercent", where, sentence, d.words()),
                            new Place("narrative", p.key(), "unit", null));
                    case NO_UNIT -> Finding.of("N-14", Severity.ERROR, Msg.get("audit.wording.noUnit", where, sentence, d.words()),
                            new Place("narrative", p.key(), "unit", null));
                };
                out.accept(f);
            }
        }
    }
}
