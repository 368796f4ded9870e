package juesuan.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import juesuan.model.Money;
import juesuan.ui.forms.UnitViewModel;
import juesuan.ui.sheet.SheetViewModel;
import juesuan.ui.tables.ComparisonSheetModel;
import juesuan.ui.tables.TableSheetModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each figure typed once: a 科目 chosen in one 功能分类 table is offered in the others it belongs to; 公开04表's 财政拨款
 * and, for a unit whose money is all 一般公共预算, 公开05表 follow what is typed in 02 and 03; the 三公 budget is 07's.
 * A following figure is taken over by typing and follows again when the typed one is deleted.
 */
class FigureOnceTest {
    @TempDir
    Path dir;

    private static BigDecimal wan(String v) {
        return Money.wanToYuan(new BigDecimal(v));
    }

    private static SheetViewModel grid(SessionFixture fx, String table) {
        return new SheetViewModel(new TableSheetModel(fx.session, table), fx.session);
    }

    private static void type(SessionFixture fx, String table, String row, String column, String text) {
        SheetViewModel vm = grid(fx, table);
        assertTrue(vm.select(row, column), table + "/" + row);
        assertTrue(vm.commit(vm.focusRow(), vm.focusCol(), text), String.valueOf(vm.errorProperty().get()));
    }

    private static String shown(SessionFixture fx, String table, String row, String column) {
        SheetViewModel vm = grid(fx, table);
        assertTrue(vm.select(row, column), table + "/" + row);
        return vm.display(vm.focusRow(), vm.focusCol());
    }

    /** A new street office of 2024 in the fixture's database, open in its session. */
    private static void newUnit(SessionFixture fx) {
        NewReportViewModel.Created c = new NewReportViewModel(fx.store(), null).create("201", "重庆市江津区几江街道办事处", "2024", null);
        fx.session.show(fx.store().load(c.reportId()));
    }

    @Test
    void aCodeChosenOnceIsOfferedInTheTablesItBelongsTo() {
        try (SessionFixture fx = new SessionFixture(dir)) {
            newUnit(fx);
            TableSheetModel t2 = new TableSheetModel(fx.session, "T2");
            t2.addRow("2010301");
            t2.addRow("2080505");
            type(fx, "T2", "2010301", "fiscal", "500");
            TableSheetModel t3 = new TableSheetModel(fx.session, "T3");
            assertEquals(List.of("2010301", "2080505"), List.copyOf(t3.offered().keySet()));
            assertEquals("公开02表已有、本表还没有的科目 2 个：行政运行（2010301）、机关事业单位基本养老保险缴费支出（2080505）", t3.offerNote());
            // 05 is offered what has 财政拨款 in 02; 08 nothing while all the money is 一般公共预算
            TableSheetModel t5 = new TableSheetModel(fx.session, "T5");
            assertEquals(List.of("2010301"), List.copyOf(t5.offered().keySet()));
            assertEquals(List.of(), List.copyOf(new TableSheetModel(fx.session, "T8").offered().keySet()));
            // one step adds them, one undo takes them back
            assertEquals(2, t3.addOffered());
            assertEquals(java.util.Set.of("2010301", "2080505"), fx.stored().table("T3").rows());
            assertEquals("", t3.offerNote());
            fx.session.undo();
            assertEquals(java.util.Set.of(), fx.stored().table("T3").rows());
            assertEquals(2, t3.offered().size());
            // a 财政拨款 code not placed in 05 is offered to 08 once the unit has 政府性基金 money
            t5.addOffered();
            type(fx, "T2", "2080505", "fiscal", "50");
            new TableSheetModel(fx.session, "T8").addRow("2120501");
            type(fx, "T8", "2120501", "income", "5");
            assertEquals(List.of("2080505"), List.copyOf(new TableSheetModel(fx.session, "T8").offered().keySet()));
        }
    }

    @Test
    void figuresFollowWhereTheyAreTypedUntilTakenOver() {
        try (SessionFixture fx = new SessionFixture(dir)) {
            newUnit(fx);
            for (String t : List.of("T2", "T3", "T5")) {
                new TableSheetModel(fx.session, t).addRow("2010301");
            }
            type(fx, "T2", "2010301", "fiscal", "500");
            type(fx, "T3", "2010301", "basic", "400");
            type(fx, "T3", "2010301", "project", "100");
            // 04's 一般公共预算财政拨款收入 follows 02's 财政拨款 (less 08/09's income), and 01 follows 04
            assertEquals("500.00", shown(fx, "T4", "in.year", "gpb"));
            assertNotNull(new TableSheetModel(fx.session, "T4").follows("in.year", "gpb"));
            assertEquals("500.00", shown(fx, "T1", "in.gpb", "amount"));
            // all money 一般公共预算, nothing carried over: 05 is 03
            assertEquals("400.00", shown(fx, "T5", "2010301", "basic"));
            assertEquals("100.00", shown(fx, "T5", "2010301", "project"));
            assertEquals("500.00", shown(fx, "T4", "out.201", "gpb"));
            assertNull(fx.stored().table("T5").get("2010301", "basic"), "nothing typed twice");
            // typing takes a figure over; deleting it makes it follow again
            type(fx, "T5", "2010301", "basic", "390");
            assertEquals("390.00", shown(fx, "T5", "2010301", "basic"));
            assertNull(new TableSheetModel(fx.session, "T5").follows("2010301", "basic"));
            SheetViewModel t5 = grid(fx, "T5");
            t5.select("2010301", "basic");
            t5.clearSelection();
            assertEquals("400.00", shown(fx, "T5", "2010301", "basic"));
            // other income: 05 no longer follows 03 (the 一般公共预算 part must be typed)
            type(fx, "T2", "2010301", "other", "20");
            assertEquals("", shown(fx, "T5", "2010301", "basic"));
            assertNull(new TableSheetModel(fx.session, "T5").follows("2010301", "basic"));
            // the tab says where its following figures come from
            assertTrue(new TableSheetModel(fx.session, "T4").derivedNote().contains("斜体数字随公开02表、公开08表、公开09表自动填入"),
                    new TableSheetModel(fx.session, "T4").derivedNote());
        }
    }

    @Test
    void theThreePublicBudgetIsTypedIn07AndTheComparisonsUseIt() {
        try (SessionFixture fx = new SessionFixture(dir)) {
            newUnit(fx);
            type(fx, "T7", "reception", "budget", "2");
            type(fx, "T7", "reception", "actual", "1.5");
            ComparisonSheetModel cmp = new ComparisonSheetModel(fx.session);
            assertEquals("2.00", cmp.display("tp.reception", "initial"));
            assertEquals("2.00", cmp.display("tp.total", "initial"));
            assertTrue(cmp.follows("tp.reception", "initial").contains("公开07表"));
            assertNull(fx.stored().comparison("tp.reception").initialBudget());
            // the text compares with it
            String text = juesuan.narrative.NarrativeGenerator.generate(fx.session.report(), fx.session.figures(),
                    juesuan.narrative.Profiles.get("chongqing")).text();
            assertTrue(text.contains("公务接待费1.50万元。费用支出较年初预算数减少0.50万元，下降25.00%"), text);
            // last year's figures typed for the items: the total's is their sum, so its change is the items' changes added
            SheetViewModel grid = new SheetViewModel(cmp, fx.session);
            for (String[] item : new String[][] {{"tp.trip", "0"}, {"tp.carBuy", "0"}, {"tp.carRun", "0"}, {"tp.reception", "2.2"}}) {
                assertTrue(grid.select(item[0], "prior"), item[0]);
                assertTrue(grid.commit(grid.focusRow(), grid.focusCol(), item[1]), String.valueOf(grid.errorProperty().get()));
            }
            ComparisonSheetModel after = new ComparisonSheetModel(fx.session);
            assertEquals("2.20", after.display("tp.total", "prior"));
            assertTrue(after.follows("tp.total", "prior").contains("公务接待费"), after.follows("tp.total", "prior"));
            assertNull(fx.stored().comparison("tp.total").priorFinal());
            String again = juesuan.narrative.NarrativeGenerator.generate(fx.session.report(), fx.session.figures(),
                    juesuan.narrative.Profiles.get("chongqing")).paragraph("3.1.1").text();
            assertTrue(again.contains("较上年支出数减少0.70万元，下降31.82%"), again);
        }
    }

    @Test
    void theUnitTypeIsOneOfTheList() {
        try (SessionFixture fx = new SessionFixture(dir)) {
            newUnit(fx);
            UnitViewModel vm = new UnitViewModel(fx.session);
            assertEquals(List.of("行政单位", "参照公务员法管理的事业单位", "事业单位", "其他"), vm.unitTypes());
            assertEquals("单位类型只能从列表中选择（行政单位、参照公务员法管理的事业单位、事业单位、其他），“行政”不在其中",
                    vm.commit(UnitViewModel.Field.UNIT_TYPE, "行政"));
            assertEquals("", fx.stored().unit().getUnitType());
            assertNull(vm.commit(UnitViewModel.Field.UNIT_TYPE, "事业单位"));
            assertEquals("事业单位", fx.stored().unit().getUnitType());
        }
    }
}
