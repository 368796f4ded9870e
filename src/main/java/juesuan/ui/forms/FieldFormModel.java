package juesuan.ui.forms;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import juesuan.i18n.Msg;
import juesuan.model.FieldDef;
import juesuan.model.FormSection;
import juesuan.model.InputError;
import juesuan.model.Money;
import juesuan.model.Report;
import juesuan.model.ValueParser;
import juesuan.ui.session.ReportSession;

/**
 * The named figures and texts of one tab (三公 实物量, 机关运行经费, 资产, 采购, 绩效 overview): what each field
 * shows and how a typed value is accepted or refused.
 */
public final class FieldFormModel {
    private final ReportSession session;
    private final String tab;

    public FieldFormModel(ReportSession session, String tab) {
        this.session = session;
        this.tab = tab;
    }

    public List<FormSection> sections() {
        return session.template().forms().stream().filter(s -> s.tab().equals(tab)).toList();
    }

    /** The field's current text: exact 万元 for money, the number for counts, the text itself. */
    public String text(FieldDef f) {
        Report r = session.report();
        return switch (f.type()) {
            case MONEY -> f.computed() ? Money.formatWan(session.figures().amount(f.key()))
                    : r.amount(f.key()) == null ? "" : Money.editableWan(r.amount(f.key()));
            case COUNT -> f.computed() ? Long.toString(session.figures().count(f.key()))
                    : r.count(f.key()) == null ? "" : r.count(f.key()).toString();
            default -> r.text(f.key());
        };
    }

    /**
     * Accepts typed text for a field. Returns null when accepted (and saved), or the message saying why it was
     * refused; the stored value is then unchanged.
     */
    public String commit(FieldDef f, String text) {
        if (session.refuseIfLocked()) {
            return session.lockReason();
        }
        if (f.computed()) {
            return Msg.get("form.computed", f.label());
        }
        Report r = session.report();
        long id = session.reportId();
        try {
            switch (f.type()) {
                case MONEY -> {
                    BigDecimal v = ValueParser.parseWanToYuan(text, false);
                    if (Objects.equals(v, r.amount(f.key()))) {
                        return null;
                    }
                    session.change(Msg.get("edit.field", f.label()), place(f), r.amount(f.key()), v, x -> r.setAmount(f.key(), x),
                            (s, x) -> s.setAmount(id, f.key(), x));
                }
                case COUNT -> {
                    Long v = ValueParser.parseCount(text);
                    if (Objects.equals(v, r.count(f.key()))) {
                        return null;
                    }
                    session.change(Msg.get("edit.field", f.label()), place(f), r.count(f.key()), v, x -> r.setCount(f.key(), x),
                            (s, x) -> s.setCount(id, f.key(), x));
                }
                case DECIMAL -> {
                    // a score or rate kept as typed (the 平均得分), refused unless it is one
                    BigDecimal parsed = ValueParser.parseScore(text);
                    String v = parsed == null ? "" : parsed.toPlainString();
                    if (v.equals(r.text(f.key()))) {
                        return null;
                    }
                    session.change(Msg.get("edit.field", f.label()), place(f), r.text(f.key()), v, x -> r.setText(f.key(), x),
                            (s, x) -> s.setText(id, f.key(), x));
                }
                default -> {
                    String v = text == null ? "" : text.strip();
                    if (v.equals(r.text(f.key()))) {
                        return null;
                    }
                    session.change(Msg.get("edit.field", f.label()), place(f), r.text(f.key()), v, x -> r.setText(f.key(), x),
                            (s, x) -> s.setText(id, f.key(), x));
                }
            }
        } catch (InputError e) {
            String message = Msg.get("form.refused", f.label(), e.getMessage());
            session.warn(message);
            return message;
        }
        return null; // the change has repainted the views
    }

    /** Where a field is: its tab, and the field (for undo to bring it into view). */
    private juesuan.ui.session.EditPlace place(FieldDef f) {
        return juesuan.ui.session.EditPlace.field(tab, f.key());
    }
}
