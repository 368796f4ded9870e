package juesuan.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import juesuan.calculation.Comparisons;
import juesuan.calculation.ReportFigures;
import juesuan.model.Basis;
import juesuan.model.Money;
import juesuan.model.ComparisonDef;
import juesuan.model.Report;
import juesuan.model.TableData;
import juesuan.model.YearTemplate;
import juesuan.narrative.NarrativeGenerator;
import juesuan.narrative.Profiles;
import juesuan.store.Database;
import juesuan.store.ReportStore;
import juesuan.template.TemplateLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 新建 from last year: the demo unit's 2023 report starts its 2024 report. */
class RolloverTest {
    private static final BigDecimal MILLION = new BigDecimal("1000000.00"); // 100 万元

    @TempDir
    Path dir;

    @Test
    void everyPriorFigureTheTextUsesComesFromLastYearsFinalFigures() {
        Report y2023 = DemoReport.create();
        ReportFigures f2023 = new ReportFigures(y2023, TemplateLoader.forReport(y2023));
        Rollover.Result result = Rollover.from(y2023, 2024);
        Report y2024 = result.report();
        assertEquals(2024, y2024.fiscalYear());
        assertEquals(2024, y2024.templateYear());
        assertEquals(List.of(), result.unmapped());

        YearTemplate t2024 = TemplateLoader.forReport(y2024);
        Comparisons c2023 = new Comparisons(y2023, f2023);
        var defs2023 = c2023.definitions(List.of("gpbClass", "gpbItem"));
        int prior = 0;
        for (ComparisonDef d : t2024.comparisons()) {
            if (d.bases().contains(Basis.PRIOR)) {
                BigDecimal carried = y2024.comparison(d.key()).priorFinal();
                assertNotNull(carried, d.key() + " has its 上年决算数");
                assertEquals(0, c2023.current(defs2023.get(d.key())).compareTo(carried), d.key());
                prior++;
            }
        }
        assertTrue(prior >= 15, "三公, 机关运行经费, 会议费, 培训费 and the totals: " + prior);
        for (String key : List.of("tp.total", "tp.reception", "op.opex", "op.meeting", "op.training", "basic.personnel")) {
            assertNotNull(y2024.comparison(key).priorFinal(), key);
        }
        assertEquals(0, f2023.value(juesuan.model.FigureRef.parse("T5/2010301/total"))
                .compareTo(y2024.comparison("gpb.item.2010301").priorFinal()), "per 项 as well");
        assertEquals(null, y2024.comparison("gpb.income").initialBudget(), "this year's budget is this year's to enter");

        // what stays from year to year
        assertEquals(y2023.unit().getName(), y2024.unit().getName());
        assertEquals(y2023.unit().getDuties(), y2024.unit().getDuties());
        assertEquals(y2023.unit().getContactPerson(), y2024.unit().getContactPerson());
        assertEquals(y2023.glossary(), y2024.glossary());
        assertEquals(y2023.settings(), y2024.settings());
        assertEquals(y2023.projects().size(), y2024.projects().size());
        assertEquals(y2023.projects().get(0).getName(), y2024.projects().get(0).getName());
        assertEquals(null, y2024.projects().get(0).getTotalExecuted(), "no figure of last year in this year's project");
        assertEquals(y2023.table("T5").rows(), y2024.table("T5").rows(), "last year's 项 rows, empty");
        assertTrue(y2024.table("T5").cells().isEmpty());
        assertTrue(y2024.amounts().isEmpty());
    }

    @Test
    void the2024TextStatesTheChangeAHandCheckGives() {
        try (Database db = Database.openFile(dir.resolve("r"))) {
            ReportStore store = new ReportStore(db);
            long id2023 = store.insert(DemoReport.create());
            Report y2023 = store.load(id2023);
            Report y2024 = Rollover.from(y2023, 2024).report();
            // this year's figures: last year's, with 100 万元 more 一般公共预算 income spent on 一般公共服务
            y2023.tables().forEach((code, data) -> copy(data, y2024.table(code)));
            y2023.amounts().forEach(y2024::setAmount);
            y2023.counts().forEach(y2024::setCount);
            y2023.texts().forEach(y2024::setText);
            // typed where the figures are determined: 公开04表's income, 公开03/05表's 项; 01 and 04 follow
            TableData t4 = y2024.table("T4");
            t4.set("in.year", "gpb", t4.get("in.year", "gpb").add(MILLION));
            for (String t : List.of("T2", "T3", "T5")) {
                String col = t.equals("T2") ? "fiscal" : "project";
                TableData data = y2024.table(t);
                data.set("2010302", col, Money.orZero(data.get("2010302", col)).add(MILLION));
            }
            long id2024 = store.insert(y2024);
            Report stored = store.load(id2024);

            BigDecimal before = new ReportFigures(y2023, TemplateLoader.forReport(y2023)).value(juesuan.model.FigureRef.parse("T1/in.grand/amount"));
            assertEquals(0, new BigDecimal("14633200.00").compareTo(before), "the demo's 1463.32 万元");
            // by hand: 100 / 1463.32 = 6.8338…% → 6.83%
            BigDecimal pct = MILLION.multiply(BigDecimal.valueOf(100)).divide(before, 2, RoundingMode.HALF_UP);
            assertEquals("6.83", pct.toPlainString());
            String text = NarrativeGenerator.generate(stored, TemplateLoader.forReport(stored), Profiles.get("chongqing")).text();
            assertTrue(text.contains("2024年度收入总计1563.32万元"), text.substring(0, 400));
            assertTrue(text.contains("收支较上年决算数增加100.00万元，增长6.83%"), text.substring(0, 600));
            String mof = NarrativeGenerator.generate(stored, TemplateLoader.forReport(stored), Profiles.get("mof")).text();
            assertTrue(mof.contains("100.00万元") && mof.contains("6.83%"), "the Ministry-of-Finance text states the same change");
        }
    }

    @Test
    void codesTheClassificationMovedAreFollowedAndWithdrawnOnesListed() {
        Report y2023 = DemoReport.create();
        y2023.setText("usage.2010306", "政务公开和行政审批服务");
        y2023.setText("usage.2050803", "干部培训");
        y2023.setText("usage.2010301", "机关日常运转");
        Map<String, String> moved = new HashMap<>();
        moved.put("2010306", "2010399"); // 政务公开审批 → 其他政府办公厅（室）及相关机构事务支出
        moved.put("2050803", null);      // withdrawn
        Rollover.Result result = Rollover.from(y2023, 2024, moved);
        Report y2024 = result.report();
        // what each 项 is used for follows its code; a withdrawn code's goes with it
        assertEquals("政务公开和行政审批服务", y2024.text("usage.2010399"));
        assertEquals("机关日常运转", y2024.text("usage.2010301"));
        assertEquals("", y2024.text("usage.2010306"));
        assertEquals("", y2024.text("usage.2050803"));
        assertTrue(y2024.table("T5").rows().contains("2010399"));
        assertFalse(y2024.table("T5").rows().contains("2010306"));
        assertNotNull(y2024.comparison("gpb.item.2010399").priorFinal());
        assertEquals(1, result.unmapped().size(), result.unmapped().toString());
        assertTrue(result.unmapped().get(0).contains("2024 年度没有对应的科目"), result.unmapped().get(0));
    }

    @Test
    void aYearWithoutItsOwnTemplateStartsOnTheLatestOne() {
        Rollover.Result r = Rollover.from(DemoReport.create(), 2026);
        assertEquals(2025, r.report().templateYear());
    }

    private static void copy(TableData from, TableData to) {
        from.rows().forEach(row -> {
            if (!to.rows().contains(row)) {
                to.addRow(row);
            }
        });
        from.cells().forEach((row, cols) -> cols.forEach((col, v) -> to.set(row, col, v)));
    }
}
