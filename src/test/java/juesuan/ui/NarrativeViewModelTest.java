package juesuan.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import juesuan.model.Basis;
import juesuan.ui.narrative.NarrativeViewModel;
import juesuan.ui.sheet.SheetViewModel;
import juesuan.ui.tables.TableSheetModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NarrativeViewModelTest {
    @TempDir
    Path dir;

    @Test
    void theTextFollowsTheTables() {
        try (SessionFixture fx = new SessionFixture(dir)) {
            NarrativeViewModel vm = new NarrativeViewModel(fx.session);
            assertTrue(vm.narrative().paragraph("4.1.2").text().contains("会议费支出0.84万元"));
            // typed in 公开02表; 公开01表 and then the text follow
            SheetViewModel t2 = new SheetViewModel(new TableSheetModel(fx.session, "T2"), fx.session);
            t2.select("2010301", "other");
            assertTrue(t2.commit(t2.focusRow(), t2.focusCol(), "10"));
            assertTrue(vm.narrative().paragraph("2.1.2").text().contains("其他收入10.00万元，占0.68%"));
            assertTrue(vm.narrative().paragraph("2.1.1").text().contains("收入总计1473.32万元"));
        }
    }

    @Test
    void aReasonIsEnteredOnceNextToItsSentenceAndStored() {
        try (SessionFixture fx = new SessionFixture(dir)) {
            NarrativeViewModel vm = new NarrativeViewModel(fx.session);
            vm.setReason("op.meeting", Basis.PRIOR, "");
            assertEquals(1, vm.narrative().missingReasons().size());
            assertEquals("op.meeting", vm.narrative().missingReasons().get(0).reasons().get(0).comparisonKey());
            vm.setReason("op.meeting", Basis.PRIOR, "  会议精简  ");
            assertTrue(vm.narrative().paragraph("4.1.2").text().endsWith("主要原因是会议精简。"));
            assertEquals("会议精简", fx.stored().reason("op.meeting", Basis.PRIOR));
            assertEquals(0, vm.narrative().missingReasons().size());
        }
    }

    @Test
    void rewrittenParagraphsAreKeptMarkedAndFlaggedWhenTheFiguresChange() {
        try (SessionFixture fx = new SessionFixture(dir)) {
            NarrativeViewModel vm = new NarrativeViewModel(fx.session);
            vm.rewrite("4.1.3", "本年度培训费支出20.11万元，较上年增加，主要用于党支部培训。");
            assertTrue(vm.narrative().paragraph("4.1.3").overridden());
            assertFalse(vm.narrative().paragraph("4.1.3").stale());
            assertEquals("本年度培训费支出20.11万元，较上年增加，主要用于党支部培训。", fx.stored().overrides().get("4.1.3").text());

            fx.session.report().setAmount("op.training", new java.math.BigDecimal("210000.00"));
            fx.session.changed();
            assertTrue(vm.narrative().paragraph("4.1.3").stale());
            assertEquals(1, vm.narrative().staleOverrides().size());

            vm.restore("4.1.3");
            assertFalse(vm.narrative().paragraph("4.1.3").overridden());
            assertTrue(fx.stored().overrides().isEmpty());
        }
    }

    @Test
    void aParagraphPastedFromWordKeepsNoInvisibleCharacterTheFontsLack() {
        try (SessionFixture fx = new SessionFixture(dir)) {
            NarrativeViewModel vm = new NarrativeViewModel(fx.session);
            vm.rewrite("4.1.3", "\ufeff本年度培训费支出\u00a020.11万元，\u200b较上年增加5.63万元。\u00a0");
            assertEquals("本年度培训费支出 20.11万元，较上年增加5.63万元。", fx.stored().overrides().get("4.1.3").text());
            vm.setReason("op.meeting", Basis.PRIOR, "\u00a0会议精简\u2003");
            assertEquals("会议精简", fx.stored().reason("op.meeting", Basis.PRIOR));
        }
    }

    @Test
    void profileAndWordingSettingsAreStoredWithTheReport() {
        try (SessionFixture fx = new SessionFixture(dir)) {
            NarrativeViewModel vm = new NarrativeViewModel(fx.session);
            vm.setPercentDecimals(1);
            assertTrue(vm.narrative().paragraph("2.1.1").text().contains("增长31.4%"));
            vm.setProfile("mof");
            assertEquals("mof", fx.stored().profile());
            assertEquals("1", fx.stored().setting("percentDecimals"));
            assertTrue(vm.narrative().paragraph("p3.1.1").text().contains("增长31.4%"));
            assertTrue(fx.session.comparisonGroups().contains("gpbItem"));
        }
    }

    @Test
    void everyFigureLeadsToWhereItIsEntered() {
        try (SessionFixture fx = new SessionFixture(dir)) {
            NarrativeViewModel vm = new NarrativeViewModel(fx.session);
            assertEquals(new NarrativeViewModel.Target("T1", "in.grand", "amount", null), vm.target("T1/in.grand/amount"));
            assertEquals(new NarrativeViewModel.Target("operations", null, null, "op.opex"), vm.target("amount:op.opex"));
            assertEquals(new NarrativeViewModel.Target("threePublic", null, null, "tp.rec.domestic.people"),
                    vm.target("count:tp.rec.domestic.people"));
            assertEquals(new NarrativeViewModel.Target("comparisons", "total.grand", "prior", null), vm.target("cmp:total.grand/prior"));
            assertEquals(new NarrativeViewModel.Target("comparisons", "gpb.class.201", "initial", null),
                    vm.target("cmp:gpb.class.201/budget"));
            assertEquals(new NarrativeViewModel.Target("performance", null, null, null), vm.target("project:0"));
        }
    }
}
