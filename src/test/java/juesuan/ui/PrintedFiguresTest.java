package juesuan.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import juesuan.audit.AuditResult;
import juesuan.audit.Auditor;
import juesuan.audit.Finding;
import juesuan.model.Money;
import juesuan.ui.sheet.CellKind;
import juesuan.ui.sheet.SheetViewModel;
import juesuan.ui.tables.TableSheetModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A parent row may print a published table's 2-decimal figure when it is within rounding of its sum: typed on
 * purpose, marked in the grid, printed by the document, reported as 尾差; a figure further off is refused.
 */
class PrintedFiguresTest {
    @TempDir
    Path dir;

    @Test
    void aPrintedFigureWithinRoundingIsKeptMarkedPrintedAndAuditedAsRounding() throws Exception {
        try (SessionFixture fx = new SessionFixture(dir)) {
            TableSheetModel model = new TableSheetModel(fx.session, "T3");
            SheetViewModel t3 = new SheetViewModel(model, fx.session);
            assertTrue(t3.select("201", "basic"));
            assertEquals(CellKind.COMPUTED, model.kind("201", "basic"));
            assertTrue(t3.canType(t3.focusRow(), t3.focusCol()), "a parent takes a printed figure");

            assertFalse(t3.commit(t3.focusRow(), t3.focusCol(), "207.80"));
            String why = t3.errorProperty().get().message();
            assertTrue(why.contains("计算数为 207.77 万元") && why.contains("±0.01 万元"), why);
            assertNull(fx.stored().table("T3").printed("201", "basic"), "nothing stored");

            assertTrue(t3.commit(t3.focusRow(), t3.focusCol(), "207.78"));
            assertEquals(CellKind.PRINTED, model.kind("201", "basic"));
            assertEquals("207.78", model.display("201", "basic"));
            assertEquals(0, Money.wanToYuan(new BigDecimal("207.78")).compareTo(fx.stored().table("T3").printed("201", "basic")));

            AuditResult audit = Auditor.audit(fx.session.report(), fx.session.figures());
            assertEquals(java.util.List.of(), audit.errors());
            assertFalse(audit.rounding().isEmpty());
            for (Finding f : audit.rounding()) {
                assertTrue(f.message().contains("尾差"), f.message());
            }
            byte[] pdf = juesuan.report.DocumentBuilder.build(fx.session.report(), fx.session.figures())
                    .export(juesuan.report.Document.Format.PDF);
            try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
                assertTrue(new org.apache.pdfbox.text.PDFTextStripper().getText(doc).contains("207.78"), "the document prints it");
            }

            t3.clearSelection(); // Delete: back to the sum
            assertEquals(CellKind.COMPUTED, model.kind("201", "basic"));
            assertNull(fx.stored().table("T3").printed("201", "basic"));
            fx.session.history().undo();
            assertEquals(CellKind.PRINTED, model.kind("201", "basic"), "undo brings the printed figure back");
        }
    }
}
