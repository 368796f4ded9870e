package juesuan.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;
import juesuan.model.Comparison;
import juesuan.model.Report;
import juesuan.model.TextOverride;
import juesuan.narrative.NarrativeGenerator;
import juesuan.narrative.Profiles;
import juesuan.template.TemplateLoader;
import org.junit.jupiter.api.Test;

/**
 * The 审核 reads a rewritten paragraph of the Ministry-of-Finance text as a reviewer does: each defect planted into
 * it is found, as an 错误 naming the paragraph by its heading; the text as generated raises none of these notes.
 */
class TextAgainstTablesTest {
    private static final String OVERALL = "五、一般公共预算财政拨款支出决算情况说明（一）";
    private static final List<String> TEXT_RULES = List.of("N-1", "N-3", "N-6", "N-7", "N-14");

    private static String generated(Report r, String key) {
        return NarrativeGenerator.generate(r, TemplateLoader.load(2023), Profiles.get("mof")).paragraph(key).generated();
    }

    /** The demo in the MoF profile, changed, then one paragraph rewritten from its generated text. */
    private static AuditFixture rewritten(Consumer<Report> change, String key, java.util.function.UnaryOperator<String> rewrite) {
        return new AuditFixture().change(r -> {
            r.setProfile("mof");
            change.accept(r);
            String g = generated(r, key);
            String text = rewrite.apply(g);
            assertTrue(!text.equals(g), "the plant changed the text");
            r.setOverride(key, new TextOverride(text, g));
        });
    }

    private static Finding only(AuditFixture f, String rule) {
        List<Finding> found = f.findings(rule);
        assertEquals(1, found.size(), rule + ": " + found);
        return found.getFirst();
    }

    @Test
    void theGeneratedTextRaisesNoTextNote() {
        AuditFixture f = new AuditFixture().change(r -> r.setProfile("mof"));
        for (String rule : TEXT_RULES) {
            assertEquals(List.of(), f.messages(rule), rule);
        }
    }

    @Test
    void aWrongAmountIsAnErrorNamingTheHeading() {
        Finding f = only(rewritten(r -> { }, "p3.5.1.1", g -> g.replace("1463.32万元", "1436.32万元")), "N-1");
        assertEquals(Severity.ERROR, f.severity());
        assertEquals("情况说明“" + OVERALL + "”中改写的段落写一般公共预算财政拨款支出 1436.32万元，但表中一般公共预算财政拨款支出为 1463.32万元",
                f.message());
    }

    @Test
    void aWrongPercentageIsAnError() {
        Finding f = only(rewritten(r -> { }, "p3.5.1.1", g -> g.replace("增长31.45%", "增长31.54%")), "N-1");
        assertEquals(Severity.ERROR, f.severity());
        assertEquals("情况说明“" + OVERALL + "”中改写的段落写一般公共预算财政拨款支出较上年增长 31.54%，但表中一般公共预算财政拨款支出较上年增长为 31.45%",
                f.message());
    }

    @Test
    void aFigureUnderAnotherLabelIsAnError() {
        // the sentence says 财政拨款收入: it must state the 财政拨款 figure (1463.32), not another
        Finding f = only(rewritten(r -> { }, "p3.2.1", g -> g.replace("财政拨款收入1463.32万元", "财政拨款收入1400.00万元")), "N-1");
        assertEquals("情况说明“二、收入决算情况说明”中改写的段落写财政拨款收入 1400.00万元，但表中财政拨款收入为 1463.32万元", f.message());
    }

    @Test
    void aNumberWithoutItsUnit() {
        Finding f = only(rewritten(r -> { }, "p3.5.1.1", g -> g.replace("增长31.45%", "增长31.45")), "N-14");
        assertEquals(Severity.ERROR, f.severity());
        assertTrue(f.message().startsWith("情况说明“" + OVERALL + "”中“"), f.message());
        assertTrue(f.message().endsWith("写“增长31.45”，比例后面没有“%”，请补上"), f.message());
    }

    @Test
    void aPlaceholderOrEitherOrLeftIn() {
        List<String> found = rewritten(r -> { }, "p3.5.1.1", g -> g.replace("增加350.10万元，增长31.45%", "增加（减少）350.10万元，增长（下降）XX%"))
                .messages("N-6");
        assertEquals(3, found.size(), found.toString());
        found.forEach(m -> assertTrue(m.startsWith("情况说明“" + OVERALL + "”中"), m));
        assertTrue(found.get(0).endsWith("含有模板残留“增加（减少）”"), found.get(0));
        assertTrue(found.get(1).endsWith("含有模板残留“增长（下降）”"), found.get(1));
        assertTrue(found.get(2).endsWith("含有模板残留“XX”"), found.get(2));
    }

    @Test
    void aShareOfAZeroInitialBudget() {
        List<Finding> found = rewritten(r -> {
            Comparison c = r.comparison("gpb.spend");
            r.setComparison("gpb.spend", new Comparison(c.priorFinal(), BigDecimal.ZERO, new BigDecimal("14000000.00")));
        }, "p3.5.3.0", g -> "一般公共预算财政拨款支出年初预算为0.00万元，支出决算为1463.32万元，完成年初预算的100.00%。").findings("N-1");
        // the 0.00 and the 100.00% are not the paragraph's figures either (提示); the 错误 names the zero budget
        List<String> errors = found.stream().filter(f -> f.severity() == Severity.ERROR).map(Finding::message).toList();
        assertEquals(List.of("情况说明“五、一般公共预算财政拨款支出决算情况说明（三）”中改写的段落写“完成年初预算的…%”，但年初预算为 0："
                + "请改为与全年预算比较，或不写完成比例"), errors);
    }

    @Test
    void aHundredPercentGrowthOnAZeroBase() {
        List<String> all = rewritten(r -> {
            Comparison c = r.comparison("gpb.spend");
            r.setComparison("gpb.spend", new Comparison(BigDecimal.ZERO, c.initialBudget(), c.fullYearBudget()));
        }, "p3.5.1.1", g -> g.replaceFirst("增加1463.32万元[^。]*。", "增加1463.32万元，增长100.00%。")).messages("N-1");
        assertEquals(List.of("情况说明“" + OVERALL + "”中改写的段落写“增长100%”，但上年数为 0，增长百分比没有意义：请只写增加的金额"), all);
    }
}
