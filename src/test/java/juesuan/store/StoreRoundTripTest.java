package juesuan.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import juesuan.exchange.DemoReport;
import juesuan.exchange.ReportJson;
import juesuan.model.Basis;
import juesuan.model.Comparison;
import juesuan.model.GlossaryTerm;
import juesuan.model.Money;
import juesuan.model.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreRoundTripTest {
    @TempDir
    Path dir;

    @Test
    void everySectionSurvivesTheStoreOnAFile() {
        Report demo = DemoReport.create();
        demo.setSetting("percentDecimals", "1");
        demo.setExplanation("T7-3|reception", "年初预算以全年预算口径填报");
        demo.setOverride("2.1.1", new juesuan.model.TextOverride("改写的段落", "生成的段落"));
        String before = ReportJson.write(demo);
        Path file = dir.resolve("rt");
        try (Database db = Database.openFile(file)) {
            new ReportStore(db).insert(demo);
        }
        try (Database db = Database.openFile(file)) {
            Report loaded = new ReportStore(db).find("105", 2023).orElseThrow();
            assertEquals(before, ReportJson.write(loaded));
            // spot checks of every section, so a silent drop in both directions cannot pass
            assertEquals(12, loaded.unit().getDuties().size());
            assertEquals(2, loaded.unit().getSubunits().size());
            assertEquals(3, loaded.unit().getInternalBodies().size());
            assertEquals(new BigDecimal("4407.00"), loaded.table("T7").get("reception", "actual"));
            assertEquals(10, loaded.table("T3").rows().size());
            assertEquals(Money.wanToYuan(new BigDecimal("1113.22")), loaded.comparison("total.grand").priorFinal());
            assertTrue(loaded.reason("op.training", Basis.PRIOR).contains("湖南"));
            assertEquals(52L, loaded.count("tp.rec.domestic.people"));
            assertEquals(Money.wanToYuan(new BigDecimal("264.60")), loaded.amount("pr.sme"));
            assertTrue(loaded.text("pr.usage").contains("物业服务"));
            assertEquals(5, loaded.projects().get(0).getIndicators().size());
            assertEquals(new BigDecimal("589.17"), loaded.projects().get(0).getIndicators().get(4).actualValue());
            assertEquals(17, loaded.glossary().size());
            assertEquals("苏杨", loaded.unit().getContactPerson());
            assertEquals("1", loaded.setting("percentDecimals"));
            assertEquals("年初预算以全年预算口径填报", loaded.explanation("T7-3|reception"));
            assertEquals("改写的段落", loaded.overrides().get("2.1.1").text());
        }
    }

    @Test
    void granularWritesAreKeptAndClearsRemoveTheValue() {
        try (Database db = Database.openFile(dir.resolve("g"))) {
            ReportStore store = new ReportStore(db);
            long id = store.insert(DemoReport.create());
            store.writeCells(id, "T3", List.of(new CellWrite("2010301", "basic", new BigDecimal("1.00")),
                    new CellWrite("2010302", "project", null)));
            store.setComparison(id, "op.meeting", new Comparison(new BigDecimal("5.00"), null, null));
            store.setReason(id, "op.meeting", Basis.PRIOR, "会议减少");
            store.setAmount(id, "pr.goods", new BigDecimal("12.34"));
            store.setCount(id, "as.equipment", 2L);
            store.setText(id, "pf.report", "已开展");
            store.addRow(id, "T5", "2019999", java.util.Map.of("basic", new BigDecimal("3.00")));
            store.removeRow(id, "T2", "2010306");
            store.saveGlossary(id, List.of(new GlossaryTerm("甲", "乙")));
            Report r = store.load(id);
            assertEquals(new BigDecimal("1.00"), r.table("T3").get("2010301", "basic"));
            assertEquals(null, r.table("T3").get("2010302", "project"));
            assertEquals(new BigDecimal("5.00"), r.comparison("op.meeting").priorFinal());
            assertEquals("会议减少", r.reason("op.meeting", Basis.PRIOR));
            assertEquals(new BigDecimal("12.34"), r.amount("pr.goods"));
            assertEquals(2L, r.count("as.equipment"));
            assertEquals("已开展", r.text("pf.report"));
            assertTrue(r.table("T5").rows().contains("2019999"));
            assertEquals(new BigDecimal("3.00"), r.table("T5").get("2019999", "basic"));
            assertTrue(!r.table("T2").rows().contains("2010306") && r.table("T2").get("2010306", "fiscal") == null);
            assertEquals(List.of(new GlossaryTerm("甲", "乙")), r.glossary());
        }
    }

    @Test
    void aFailedWriteChangesNothing() {
        try (Database db = Database.openFile(dir.resolve("tx"))) {
            ReportStore store = new ReportStore(db);
            long id = store.insert(DemoReport.create());
            // the second row code is longer than the column allows: the whole batch must roll back
            assertThrows(StoreException.class, () -> store.writeCells(id, "T3", List.of(
                    new CellWrite("2010301", "basic", new BigDecimal("1.00")),
                    new CellWrite("x".repeat(40), "basic", new BigDecimal("2.00")))));
            assertEquals(Money.wanToYuan(new BigDecimal("207.77")), store.load(id).table("T3").get("2010301", "basic"));
        }
    }

    @Test
    void secondReportForTheSameUnitAndYearIsRefused() {
        try (Database db = Database.openFile(dir.resolve("dup"))) {
            ReportStore store = new ReportStore(db);
            store.insert(DemoReport.create());
            StoreException e = assertThrows(StoreException.class, () -> store.insert(DemoReport.create()));
            assertEquals("单位 105 已有 2023 年度的决算报告", e.getMessage());
            assertEquals(1, store.list().size());
        }
    }

    @Test
    void severalUnitsAndYearsLiveInOneDatabase() {
        try (Database db = Database.openFile(dir.resolve("multi"))) {
            ReportStore store = new ReportStore(db);
            Report demo = DemoReport.create();
            store.insert(demo);
            store.insert(DemoReport.blank(demo.unit(), 2024));
            juesuan.model.Unit other = new juesuan.model.Unit("106", "另一单位");
            store.insert(DemoReport.blank(other, 2023));
            assertEquals(List.of("105/2023", "105/2024", "106/2023"),
                    store.list().stream().map(s -> s.unitCode() + "/" + s.fiscalYear()).toList());
            assertEquals(17, store.find("106", 2023).orElseThrow().glossary().size());
        }
    }
}
