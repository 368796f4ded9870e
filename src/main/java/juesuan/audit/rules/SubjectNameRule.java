package juesuan.audit.rules;

import java.util.function.Consumer;
import juesuan.audit.AuditContext;
import juesuan.audit.Finding;
import juesuan.audit.Place;
import juesuan.audit.Rule;
import juesuan.audit.Severity;
import juesuan.audit.text.SubjectNames;
import juesuan.i18n.Msg;
import juesuan.narrative.Narrative;
import juesuan.narrative.Paragraph;

/**
 * N-16: the 科目 the text names carry the year catalog's names (with the report's own 新增科目): an outdated name
 * (文化体育与传媒支出) anywhere, and in a paragraph about one code a 类, 款 or 项 named with another code's name or a
 * name that is not its own, are 错误 with the right name in the message.
 */
public final class SubjectNameRule implements Rule {
    @Override
    public boolean readsText() {
        return true;
    }

    @Override
    public String id() {
        return "N-16";
    }

    @Override
    public void check(AuditContext ctx, Consumer<Finding> out) {
        Narrative narrative = ctx.narrative();
        SubjectNames names = SubjectNames.of(ctx.template().functions());
        String year = String.valueOf(ctx.template().year());
        for (Paragraph p : narrative.paragraphs()) {
            if (p.heading()) {
                continue;
            }
            String text = p.text();
            for (SubjectNames.Misnamed m : names.in(text, code(p.key()))) {
                String where = narrative.where(p.key());
                String sentence = ResidueRule.excerpt(text, m.at());
                String message = switch (m.kind()) {
                    case OUTDATED -> Msg.get("audit.names.outdated", where, sentence, m.written(), year, m.code(), m.right());
                    case OTHER_CODE -> Msg.get("audit.names.otherCode", where, sentence, m.written(), m.other(), m.code(), m.right());
                    case NOT_THE_CODES -> Msg.get("audit.names.notTheCodes", where, sentence, m.written(), m.code(), m.right(), year);
                };
                out.accept(Finding.of(id(), Severity.ERROR, message, new Place("narrative", p.key(), "name", null)));
            }
        }
    }

    /** The code a paragraph is about: its key's last part when that is a 类, 款 or 项 code (p3.5.3.2010301, 2.3.4.201). */
    static String code(String key) {
        String last = key.substring(key.lastIndexOf('.') + 1);
        boolean digits = !last.isEmpty() && last.chars().allMatch(Character::isDigit);
        return digits && (last.length() == 3 || last.length() == 5 || last.length() == 7) ? last : null;
    }
}
