package juesuan.audit.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import juesuan.audit.AuditContext;
import juesuan.audit.Finding;
import juesuan.audit.Place;
import juesuan.audit.Rule;
import juesuan.audit.Severity;
import juesuan.audit.text.Claim;
import juesuan.audit.text.TextCheck;
import juesuan.i18n.Msg;
import juesuan.narrative.Narrative;
import juesuan.narrative.Paragraph;

/**
 * The text against the tables where the user rewrote a paragraph (a generated paragraph states its figures by
 * construction), read as a reviewer reads it: N-1 every figure with its unit (万元, %, and the counts' units) is one of
 * the figures the paragraph is written from, and a figure beside a label (财政拨款收入…) is that label's figure; N-3
 * the direction words agree with the figures; N-7 a figure is not written in 元 where it is in 万元; a
 * 完成年初预算 share where 年初预算 is 0, and 增长100% where the base is 0, unless the profile prints it. Every
 * finding names the paragraph by its heading. The wording of every paragraph is {@link WordingRule}'s.
 */
public final class RewrittenTextRule implements Rule {
    private static final Pattern FIGURE = Pattern.compile("(\\d+(?:\\.\\d+)?)(" + Msg.get("audit.text.units") + ")");
    private static final Pattern YUAN = Pattern.compile("(\\d+(?:\\.\\d+)?)" + Pattern.quote(Msg.get("audit.yuanUnit")));
    private static final Pattern LABEL_END = Pattern.compile("(?:" + Msg.get("audit.text.connectors") + ")+$");
    private static final Pattern HUNDRED_UP = Pattern.compile(Msg.get("audit.text.hundredUp"));
    /** A label's characters: Chinese characters and the brackets and quotes of names (（类）, “三公”). */
    private static final String LABEL_MARKS = Msg.get("audit.text.labelMarks");

    /** A written figure as a message names it: its subject and what the figure is of it (占, 较上年增加 …). */
    private static String label(Claim c) {
        String basis = c.basis() == null ? "" : Msg.get(c.basis() == juesuan.model.Basis.PRIOR ? "audit.text.againstPrior" : "audit.text.againstBudget");
        String what = switch (c.role()) {
            case AMOUNT, COUNT, OTHER -> "";
            case BUDGET -> Msg.get("audit.text.role.budget");
            case SHARE -> Msg.get("audit.text.role.share");
            case COMPLETION -> Msg.get("audit.text.role.completion");
            case CHANGE -> basis + Msg.get(c.direction() == Claim.Direction.DOWN ? "audit.text.role.decrease" : "audit.text.role.increase");
            case RATE -> basis + Msg.get(c.direction() == Claim.Direction.DOWN ? "audit.text.role.decline" : "audit.text.role.growth");
        };
        return c.written() + what;
    }

    /** A figure of a sentence: the words just before it (its label), the number and its unit. */
    record Stated(String label, String number, String unit) {
        BigDecimal value() {
            return new BigDecimal(number);
        }
    }

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
        Narrative narrative = ctx.narrative();
        String wanUnit = Msg.get("audit.wanUnit");
        for (Paragraph p : narrative.paragraphs()) {
            String text = p.text();
            if (!p.overridden()) {
                continue;
            }
            String where = narrative.where(p.key());
            Place place = new Place("narrative", p.key(), "figures", null);
            List<Stated> generated = stated(p.generated());
            Set<String> known = new HashSet<>();
            generated.forEach(g -> known.add(g.number() + g.unit()));
            // 增长100% where the generated text has none: the base is 0 (the profile prints no growth rate on it)
            boolean hundredOnZero = HUNDRED_UP.matcher(text).find() && !HUNDRED_UP.matcher(p.generated()).find();
            // each figure against the figure of its own kind and subject in the paragraph written from the tables
            // numbers without their unit that the wording rule already names (增长13.95。)
            java.util.Set<Integer> bare = new java.util.HashSet<>();
            // and directions the wording rule finds run together (减增加): one finding for one slip
            List<Integer> contradictions = new ArrayList<>();
            for (juesuan.audit.text.Wording.Defect d : juesuan.audit.text.Wording.in(text, ctx.report().fiscalYear(), true)) {
                switch (d.kind()) {
                    case NO_PERCENT, NO_UNIT -> bare.add(d.at());
                    case CONTRADICTION, CHANGE_AND_FLAT -> contradictions.add(d.at());
                    default -> { }
                }
            }
            for (TextCheck.Problem problem : TextCheck.compare(text, p.generated())) {
                Claim w = problem.written();
                if (hundredOnZero && w.role() == Claim.Role.RATE && w.number().value().compareTo(BigDecimal.valueOf(100)) == 0) {
                    continue; // said below
                }
                if ((problem instanceof TextCheck.Direction || problem instanceof TextCheck.Flat)
                        && contradictions.stream().anyMatch(at -> at <= w.number().end() && at >= w.number().start() - w.lead().length() - 8)) {
                    continue; // said by N-15 as words run together
                }
                switch (problem) {
                    case TextCheck.Wrong x -> out.accept(Finding.of(id(), Severity.ERROR, Msg.get("audit.text.wrongFigure", where,
                            label(w), w.number().text(), x.expected().number().text()), place));
                    case TextCheck.OtherSubject x -> out.accept(Finding.of(id(), Severity.ERROR, Msg.get("audit.text.otherSubject", where,
                            label(w), w.number().text(), x.expected().number().text(), label(x.other())), place));
                    case TextCheck.Direction x -> out.accept(Finding.of("N-3", Severity.ERROR, Msg.get("audit.text.direction", where,
                            label(w), w.number().text(), label(x.expected())), new Place("narrative", p.key(), "direction", null)));
                    case TextCheck.Flat x -> out.accept(Finding.of("N-3", Severity.ERROR, Msg.get("audit.text.flat", where,
                            label(w), w.number().text()), new Place("narrative", p.key(), "direction", null)));
                    case TextCheck.OfZero x -> out.accept(Finding.of(id(), Severity.ERROR, Msg.get("audit.text.ofZero", where,
                            label(w), w.number().text(), label(x.amount()), x.amount().number().text()), place));
                    case TextCheck.Unitless x -> {
                        if (!bare.contains(w.number().start())) {
                            out.accept(Finding.of("N-14", Severity.ERROR, Msg.get("audit.text.unitless", where,
                                    ResidueRule.excerpt(text, w.number().start()), w.lead() + w.number().text(), x.expected().text()),
                                    new Place("narrative", p.key(), "unit", null)));
                        }
                    }
                    case TextCheck.Untied x -> out.accept(Finding.of(id(), Severity.HINT, Msg.get(x.known() ? "audit.text.unclear" : "audit.text.untied",
                            where, ResidueRule.excerpt(w.sentence(), 0), w.number().text()), place));
                }
            }
            if (hundredOnZero) {
                out.accept(Finding.of(id(), Severity.ERROR, Msg.get("audit.text.hundredOnZero", where), place));
            }
            // a direction said in words alone (较上年增加，…) against figures that went the other way
            boolean figuresOfChange = juesuan.audit.text.Reader.read(text).stream()
                    .anyMatch(c -> c.role() == Claim.Role.CHANGE || c.role() == Claim.Role.RATE);
            String up = ctx.profile().phrase("increase");
            String down = ctx.profile().phrase("decrease");
            boolean genUp = p.generated().contains(up);
            boolean genDown = p.generated().contains(down);
            if (!figuresOfChange && (genUp && !genDown && text.contains(down) && !text.contains(up)
                    || genDown && !genUp && text.contains(up) && !text.contains(down))) {
                out.accept(Finding.of("N-3", Severity.ERROR, Msg.get("audit.rewrittenDirection", where, genUp ? up : down),
                        new Place("narrative", p.key(), "direction", null)));
            }
            String initialShare = Msg.get("audit.text.initialShare");
            if (text.contains(initialShare) && !p.generated().contains(initialShare)
                    && zeroInitial(generated, stated(text), p.generated())) {
                out.accept(Finding.of(id(), Severity.ERROR, Msg.get("audit.text.shareOfZeroBudget", where), place));
            }
            Matcher y = YUAN.matcher(text);
            while (y.find()) {
                if (known.contains(y.group(1) + wanUnit)) {
                    out.accept(Finding.of("N-7", Severity.ERROR, Msg.get("audit.yuanForWan", where, y.group(1)),
                            new Place("narrative", p.key(), y.group(1), null)));
                }
            }
            if (p.stale()) {
                out.accept(Finding.of("N-1", Severity.HINT, Msg.get("audit.rewrittenStale", where), new Place("narrative", p.key(), "stale", null)));
            }
        }
    }

    private static boolean isHundred(Stated s) {
        return s.value().compareTo(BigDecimal.valueOf(100)) == 0;
    }

    /** Whether the paragraph's 年初预算 is 0: so stated, or the generated text measured against 全年预算 instead. */
    private static boolean zeroInitial(List<Stated> generated, List<Stated> written, String generatedText) {
        String initial = Msg.get("audit.text.initialLabel");
        for (List<Stated> list : List.of(generated, written)) {
            for (Stated s : list) {
                if (s.label().endsWith(initial) && s.value().signum() == 0) {
                    return true;
                }
            }
        }
        return generatedText.contains(Msg.get("audit.text.fullYearShare"));
    }

    private static boolean labelChar(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || LABEL_MARKS.indexOf(c) >= 0;
    }

    /** Every figure with its unit in a text, with the words before it (a connecting 为/是/的… left off). */
    static List<Stated> stated(String text) {
        List<Stated> out = new ArrayList<>();
        Matcher m = FIGURE.matcher(text);
        while (m.find()) {
            int from = m.start();
            while (from > 0 && labelChar(text.charAt(from - 1))) {
                from--;
            }
            String label = LABEL_END.matcher(text.substring(from, m.start())).replaceAll("");
            out.add(new Stated(label, m.group(1), m.group(2)));
        }
        return out;
    }
}
