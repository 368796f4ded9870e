package juesuan.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import juesuan.model.Basis;
import juesuan.model.InputError;
import juesuan.model.Money;
import juesuan.ui.sheet.CellKind;
import juesuan.ui.sheet.SheetViewModel;
import juesuan.ui.tables.ComparisonSheetModel;
import juesuan.ui.tables.TableSheetModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The grid behaviour on the demo unit, without the FX thread. */
class SheetViewModelTest {
    @TempDir
    Path dir;

    private static BigDecimal wan(String v) {
        return Money.wanToYuan(new BigDecimal(v));
    }

    private static SheetViewModel t3(SessionFixture fx) {
        return new SheetViewModel(new TableSheetModel(fx.session, "T3"), fx.session);
    }

    @Test
    void anAcceptedEditIsStoredAndTheTotalsFollow() {
        try (SessionFixture fx = new SessionFixture(dir)) {
            SheetViewModel vm = t3(fx);
            assertTrue(vm.select("2010301", "basic"));
            assertTrue(vm.commit(vm.focusRow(), vm.focusCol(), "300"));
            assertEquals(wan("300"), fx.stored().table("T3").get("2010301", "basic"));
            assertEquals("1,488.68", display(vm, "201", "total"));
            assertEquals("366.87", display(vm, "total", "basic"));
            assertEquals("1,555.55", display(vm, "total", "total"));
            assertEquals("已保存", fx.session.savedAtProperty().get().substring(0, 3));
        }
    }

    private static String display(SheetViewModel vm, String row, String col) {
        vm.select(row, col);
        return vm.display(vm.focusRow(), vm.focusCol());
    }

    @Test
    void computedCellsAreNotEditable() {
        try (SessionFixture fx = new SessionFixture(dir)) {
            SheetViewModel vm = t3(fx);
            vm.select("20103", "basic");
            assertEquals(CellKind.COMPUTED, vm.kind(vm.focusRow(), vm.focusCol()));
            assertFalse(vm.commit(vm.focusRow(), vm.focusCol(), "1"));
            assertEquals("支出决算表：政府办公厅（室）及相关机构事务（20103） · 基本支出：这是计算得出的合计，计算数为 207.77 万元；"
                    + "只有公开表上两位小数的印刷数与之相差不超过尾差（±0.01 万元）时，才能填写印刷数。原值未改变",
                    vm.errorProperty().get().message());
            vm.select("2010301", "total");
            assertEquals(CellKind.COMPUTED, vm.kind(vm.focusRow(), vm.focusCol()));
        }
    }

    @Test
    void badInputIsRefusedWithAMessageAtTheCellAndNothingChanges() {
        try (SessionFixture fx = new SessionFixture(dir)) {
            SheetViewModel vm = t3(fx);
            vm.select("2010301", "basic");
            int r = vm.focusRow();
            int c = vm.focusCol();
            String place = "支出决算表：行政运行（2010301） · 基本支出";

            assertFalse(vm.commit(r, c, "二百"));
            assertEquals(place + "：“二百”不是金额，请输入数字（单位：万元）。原值未改变", vm.errorProperty().get().message());
            assertEquals("2010301", vm.errorProperty().get().row());
            assertEquals("basic", vm.errorProperty().get().column());

            assertFalse(vm.commit(r, c, "1.1234567"));
            assertEquals(place + "：金额“1.1234567”超过了分的精度：以万元填报时最多 6 位小数。原值未改变",
                    vm.errorProperty().get().message());

            assertFalse(vm.commit(r, c, "-5"));
            assertEquals(place + "：此处金额不能为负数：“-5”。原值未改变", vm.errorProperty().get().message());
            assertTrue(fx.session.statusProperty().get().error());

            assertEquals(wan("207.77"), fx.stored().table("T3").get("2010301", "basic"));
            assertEquals(wan("207.77"), fx.session.report().table("T3").get("2010301", "basic"));
            assertFalse(fx.session.history().canUndoProperty().get());

            assertTrue(vm.commit(r, c, "207.7712"));
            assertNull(vm.errorProperty().get());
            assertEquals(new BigDecimal("2077712.00"), fx.stored().table("T3").get("2010301", "basic"));
        }
    }

    @Test
    void aPastedBlockIsOneEditThatOneUndoRestores() {
        try (SessionFixture fx = new SessionFixture(dir)) {
            SheetViewModel vm = t3(fx);
            vm.select("2010301", "basic");
            // 3 rows × 2 columns (基本支出, 项目支出) as Excel puts them on the clipboard
            assertTrue(vm.paste("1\t2\r\n3\t4\r\n5\t6\r\n"));
            assertEquals(wan("1"), fx.stored().table("T3").get("2010301", "basic"));
            assertEquals(wan("2"), fx.stored().table("T3").get("2010301", "project"));
            assertEquals(wan("3"), fx.stored().table("T3").get("2010302", "basic"));
            assertEquals(wan("4"), fx.stored().table("T3").get("2010302", "project"));
            assertEquals(wan("5"), fx.stored().table("T3").get("2010306", "basic"));
            assertEquals(wan("6"), fx.stored().table("T3").get("2010306", "project"));
            assertEquals("已粘贴 6 个单元格", fx.session.statusProperty().get().text());

            vm.undo();
            var t = fx.stored().table("T3");
            assertEquals(wan("207.77"), t.get("2010301", "basic"));
            assertNull(t.get("2010301", "project"));
            assertNull(t.get("2010302", "basic"));
            assertEquals(wan("175.00"), t.get("2010302", "project"));
            assertNull(t.get("2010306", "basic"));
            assertEquals(wan("1013.68"), t.get("2010306", "project"));
            assertFalse(fx.session.history().canUndoProperty().get());

            vm.redo();
            assertEquals(wan("6"), fx.stored().table("T3").get("2010306", "project"));
        }
    }

    @Test
    void aPasteWithOneBadValuePastesNothing() {
        try (SessionFixture fx = new SessionFixture(dir)) {
            SheetViewModel vm = t3(fx);
            vm.select("2010301", "basic");
            assertFalse(vm.paste("1\t2\n3\tx\n"));
            assertEquals("粘贴未执行，支出决算表：一般行政管理事务（2010302） · 项目支出：“x”不是金额，请输入数字（单位：万元）",
                    vm.errorProperty().get().message());
            assertEquals(wan("207.77"), fx.stored().table("T3").get("2010301", "basic"));
            assertFalse(vm.paste("1\t2\t3\t4\t5\t6\t7"));
            assertTrue(vm.errorProperty().get().message().startsWith("粘贴未执行：复制的区域有 1 行 7 列"));
        }
    }

    @Test
    void pasteLeavesComputedCellsAndCopyGivesExactNumbers() {
        try (SessionFixture fx = new SessionFixture(dir)) {
            SheetViewModel vm = t3(fx);
            vm.select("20103", "basic"); // 款 row: computed
            assertTrue(vm.paste("999\n1\n"));
            assertEquals(wan("1"), fx.stored().table("T3").get("2010301", "basic"));
            assertEquals("已粘贴 1 个单元格，跳过 1 个计算单元格", fx.session.statusProperty().get().text());
            vm.select("2010301", "basic");
            vm.select(vm.focusRow(), vm.focusCol() + 1, true);
            assertEquals("1.00\t\n", vm.copy());
        }
    }

    @Test
    void deleteClearsTheSelectionAsOneEdit() {
        try (SessionFixture fx = new SessionFixture(dir)) {
            SheetViewModel vm = t3(fx);
            vm.select("2010301", "basic");
            int r = vm.focusRow();
            vm.select(r + 2, vm.focusCol() + 1, true);
            vm.clearSelection();
            assertNull(fx.stored().table("T3").get("2010301", "basic"));
            assertNull(fx.stored().table("T3").get("2010306", "project"));
            vm.undo();
            assertEquals(wan("1013.68"), fx.stored().table("T3").get("2010306", "project"));
            assertEquals(wan("207.77"), fx.stored().table("T3").get("2010301", "basic"));
        }
    }

    @Test
    void rowsComeFromTheCatalogOnly() {
        try (SessionFixture fx = new SessionFixture(dir)) {
            TableSheetModel m = new TableSheetModel(fx.session, "T3");
            assertEquals("科目编码 2019998 不在 2023 年支出功能分类中",
                    assertThrows(InputError.class, () -> m.validateNewRow("2019998")).getMessage());
            assertEquals("科目 20103 政府办公厅（室）及相关机构事务 下还有明细科目，请选到最末一级（项）",
                    assertThrows(InputError.class, () -> m.validateNewRow("20103")).getMessage());
            assertEquals("科目 2010301 行政运行 已在支出决算表中",
                    assertThrows(InputError.class, () -> m.validateNewRow("2010301")).getMessage());
            assertEquals("收入支出决算总表的行是固定的，不能增删",
                    assertThrows(InputError.class, () -> new TableSheetModel(fx.session, "T1").validateNewRow("2010301")).getMessage());
            assertEquals(10, fx.stored().table("T3").rows().size());

            m.addRow("2013101");
            assertTrue(fx.stored().table("T3").rows().contains("2013101"));
            assertTrue(m.rowKeys().containsAll(java.util.List.of("20131", "2013101")));
            fx.session.history().undo();
            assertFalse(fx.stored().table("T3").rows().contains("2013101"));
        }
    }

    @Test
    void removingARowTakesItsFiguresAndUndoBringsThemBack() {
        try (SessionFixture fx = new SessionFixture(dir)) {
            TableSheetModel m = new TableSheetModel(fx.session, "T3");
            assertFalse(m.canRemove("201"));
            m.removeRow("2010306");
            assertFalse(m.rowKeys().contains("2010306"));
            assertNull(fx.stored().table("T3").get("2010306", "project"));
            fx.session.history().undo();
            assertEquals(wan("1013.68"), fx.stored().table("T3").get("2010306", "project"));
        }
    }

    @Test
    void comparisonsTakeBasesAndReasons() {
        try (SessionFixture fx = new SessionFixture(dir)) {
            ComparisonSheetModel m = new ComparisonSheetModel(fx.session);
            SheetViewModel vm = new SheetViewModel(m, fx.session);
            assertTrue(m.rowKeys().contains("gpb.class.201"));
            vm.select("op.meeting", ComparisonSheetModel.PRIOR);
            assertEquals("2.38", vm.editText(vm.focusRow(), vm.focusCol()));
            assertTrue(vm.commit(vm.focusRow(), vm.focusCol(), "3"));
            vm.select("op.meeting", ComparisonSheetModel.REASON_PRIOR);
            assertTrue(vm.commit(vm.focusRow(), vm.focusCol(), "会议次数减少"));
            vm.select("op.meeting", ComparisonSheetModel.INITIAL);
            assertEquals(CellKind.NONE, vm.kind(vm.focusRow(), vm.focusCol()));
            vm.select("op.meeting", ComparisonSheetModel.CURRENT);
            assertEquals("0.84", vm.display(vm.focusRow(), vm.focusCol()));
            var stored = fx.stored();
            assertEquals(wan("3"), stored.comparison("op.meeting").priorFinal());
            assertEquals("会议次数减少", stored.reason("op.meeting", Basis.PRIOR));
        }
    }

    @Test
    void whatEach项IsUsedForIsWrittenOnceBesideItsComparison() {
        try (SessionFixture fx = new SessionFixture(dir)) {
            fx.session.report().setProfile("mof"); // the Ministry-of-Finance text compares each 项 with its budget
            ComparisonSheetModel m = new ComparisonSheetModel(fx.session);
            SheetViewModel vm = new SheetViewModel(m, fx.session);
            vm.select("gpb.item.2010301", ComparisonSheetModel.USAGE);
            assertEquals(CellKind.INPUT, vm.kind(vm.focusRow(), vm.focusCol()));
            assertTrue(vm.commit(vm.focusRow(), vm.focusCol(), "  机关在职人员工资福利和日常运转  "));
            vm.select("op.meeting", ComparisonSheetModel.USAGE);
            assertEquals(CellKind.NONE, vm.kind(vm.focusRow(), vm.focusCol()), "a fixed comparison has no 项");
            assertEquals("机关在职人员工资福利和日常运转", fx.stored().text("usage.2010301"));
            var text = juesuan.narrative.NarrativeGenerator.generate(fx.session.report(),
                    juesuan.template.TemplateLoader.load(2023), juesuan.narrative.Profiles.get("mof"));
            assertTrue(text.paragraph("p3.5.3.2010301").text().startsWith(
                    "1、一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）。主要用于：机关在职人员工资福利和日常运转。年初预算为200.66万元"),
                    text.paragraph("p3.5.3.2010301").text());
        }
    }
}
