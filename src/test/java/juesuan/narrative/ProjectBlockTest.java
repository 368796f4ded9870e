package juesuan.narrative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.util.List;
import juesuan.calculation.ReportFigures;
import juesuan.model.Indicator;
import juesuan.model.PerformanceProject;
import juesuan.model.Report;
import juesuan.model.TextOverride;
import juesuan.template.TemplateLoader;
import juesuan.tools.LargeReport;
import org.junit.jupiter.api.Test;

/** The 自评表 paragraphs kept between writings of the text are exactly what a first writing prints. */
class ProjectBlockTest {
    private static Narrative text(Report r) {
        return NarrativeGenerator.generate(r, new ReportFigures(r, TemplateLoader.forReport(r)), Profiles.get("chongqing"));
    }

    private static List<String> fresh(Report r) {
        ProjectBlock.forgetAll();
        return lines(text(r));
    }

    private static List<String> lines(Narrative n) {
        return n.paragraphs().stream().map(p -> p.key() + "|" + p.text() + "|" + p.overridden() + "|" + p.stale()).toList();
    }

    @Test
    void keptBlocksPrintWhatAFirstWritingPrints() {
        Report r = LargeReport.of(10, 6);
        r.setProfile("chongqing");
        List<String> first = fresh(r);
        assertEquals(first, lines(text(r)), "written again from the kept blocks");

        // an edit of the tables: the blocks are kept, the text is the same as a first writing's
        r.table("T2").set("2010301", "fiscal", new BigDecimal("123456.78"));
        List<String> afterEdit = lines(text(r));
        assertEquals(fresh(r), afterEdit);

        // each thing a block depends on, changed: the text follows it, as a first writing would
        text(r); // the blocks of the report as it is, kept
        PerformanceProject p = r.projects().get(2);
        p.setGoalAchieved("全部完成，另新增一项。");
        assertKeptEqualsFresh(r, "全部完成，另新增一项。");
        p.setIndicators(List.of(p.getIndicators().getFirst().withActualValue(new BigDecimal("1")))); // one indicator, its value changed
        assertKeptEqualsFresh(r, null);
        r.unit().setName("改名后的单位");
        assertKeptEqualsFresh(r, null);
        r.setOverride("5.2.1.3.goals", new TextOverride("本项目的目标由单位自己写。", "旧的生成文字"));
        assertKeptEqualsFresh(r, "本项目的目标由单位自己写。");
        r.setSetting(NarrativeSettings.PERCENT_DECIMALS, "1");
        assertKeptEqualsFresh(r, null);
    }

    private static void assertKeptEqualsFresh(Report r, String mustContain) {
        List<String> kept = lines(text(r));
        assertEquals(fresh(r), kept);
        if (mustContain != null) {
            assertTrue(String.join("\n", kept).contains(mustContain), mustContain);
        }
        text(r); // kept again for the next change
    }

    /** Every field of a project but its database id changes its content key (a field added later must be in it). */
    @Test
    void theContentKeyHoldsEveryField() throws Exception {
        for (Field f : PerformanceProject.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) || f.getName().equals("id")) {
                continue;
            }
            PerformanceProject p = LargeReport.of(1, 1).projects().getFirst();
            String before = p.contentKey();
            f.setAccessible(true);
            Object changed = switch (f.getType().getSimpleName()) {
                case "String" -> f.get(p) + "改";
                case "BigDecimal" -> f.get(p) == null ? BigDecimal.ONE : ((BigDecimal) f.get(p)).add(BigDecimal.ONE);
                case "List" -> List.<Indicator>of();
                default -> throw new AssertionError("a field of a type the test does not know: " + f);
            };
            f.set(p, changed);
            assertNotEquals(before, p.contentKey(), f.getName());
        }
    }
}
