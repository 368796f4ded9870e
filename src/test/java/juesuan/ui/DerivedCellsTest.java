package juesuan.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import juesuan.calculation.ReportFigures;
import juesuan.exchange.DemoReport;
import juesuan.model.Derivation;
import juesuan.model.FigureRef;
import juesuan.model.Report;
import juesuan.template.TemplateLoader;
import juesuan.ui.sheet.CellKind;
import juesuan.ui.sheet.SheetViewModel;
import juesuan.ui.tables.TableSheetModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each figure once: 公开01/04表 take what 02, 03, 05, 08 and 09 determine; those cells are grey and say whence. */
class DerivedCellsTest {
    @TempDir
    Path dir;

    @Test
    void theDemoTypesNoCellAnotherTableDetermines() {
        Report demo = DemoReport.create();
        var t = TemplateLoader.forReport(demo);
        assertTrue(t.derivations().size() > 60, "01's income and 类 rows, 04's 类 rows and fund totals: " + t.derivations().size());
        for (Derivation d : t.derivations().stream().filter(d -> !d.follows()).toList()) {
            assertEquals(null, demo.table(d.table()).get(d.row(), d.column()), d.table() + "/" + d.row() + "/" + d.column());
        }
        ReportFigures f = new ReportFigures(demo, t);
        assertEquals(0, new java.math.BigDecimal("14633200.00").compareTo(f.value(FigureRef.parse("T1/in.grand/amount"))));
        assertEquals(0, f.value(FigureRef.parse("T3/201/total")).compareTo(f.value(FigureRef.parse("T1/out.201/amount"))));
        assertEquals(0, f.value(FigureRef.parse("T5/201/total")).compareTo(f.value(FigureRef.parse("T4/out.201/gpb"))));
    }

    @Test
    void changing02And03And05Figures01And04Follow() {
        try (SessionFixture fx = new SessionFixture(dir)) {
            SheetViewModel t3 = new SheetViewModel(new TableSheetModel(fx.session, "T3"), fx.session);
            assertTrue(t3.select("2050803", "basic"));
            assertTrue(t3.commit(t3.focusRow(), t3.focusCol(), "2.28"));
            SheetViewModel t5 = new SheetViewModel(new TableSheetModel(fx.session, "T5"), fx.session);
            assertTrue(t5.select("2050803", "basic"));
            assertTrue(t5.commit(t5.focusRow(), t5.focusCol(), "2.28"));
            SheetViewModel t2 = new SheetViewModel(new TableSheetModel(fx.session, "T2"), fx.session);
            assertTrue(t2.select("2050803", "other"));
            assertTrue(t2.commit(t2.focusRow(), t2.focusCol(), "1"));

            SheetViewModel t1 = new SheetViewModel(new TableSheetModel(fx.session, "T1"), fx.session);
            assertEquals("2.28", display(t1, "out.205", "amount"));
            assertEquals("1.00", display(t1, "in.other", "amount"));
            assertEquals("1,464.32", display(t1, "out.total", "amount"));
            SheetViewModel t4 = new SheetViewModel(new TableSheetModel(fx.session, "T4"), fx.session);
            assertEquals("2.28", display(t4, "out.205", "gpb"));
            assertEquals("2.28", display(t4, "out.205", "total"));
        }
    }

    @Test
    void aGreyCellSaysWhereItsFigureComesFrom() {
        try (SessionFixture fx = new SessionFixture(dir)) {
            TableSheetModel model = new TableSheetModel(fx.session, "T1");
            SheetViewModel t1 = new SheetViewModel(model, fx.session);
            assertEquals(CellKind.COMPUTED, model.kind("out.201", "amount"));
            assertEquals(CellKind.INPUT, model.kind("in.carry", "amount"), "年初结转和结余 is no other table's");
            assertTrue(t1.select("out.201", "amount"));
            assertFalse(t1.commit(t1.focusRow(), t1.focusCol(), "5"));
            String why = t1.errorProperty().get().message();
            assertTrue(why.contains("公开03表（支出决算表）的“一般公共服务支出” · 本年支出合计"), why);
            assertTrue(model.derivedNote().contains("公开02表、公开03表、公开04表"), model.derivedNote());
            assertEquals("", new TableSheetModel(fx.session, "T3").derivedNote());
        }
    }

    private static String display(SheetViewModel vm, String row, String col) {
        assertTrue(vm.select(row, col), row);
        return vm.display(vm.focusRow(), vm.focusCol());
    }
}
