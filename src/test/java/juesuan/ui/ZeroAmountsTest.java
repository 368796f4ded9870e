package juesuan.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import juesuan.calculation.ReportFigures;
import juesuan.model.ZeroAmounts;
import juesuan.narrative.Profiles;
import juesuan.report.Document;
import juesuan.report.DocumentBuilder;
import juesuan.template.TemplateLoader;
import juesuan.ui.tables.TableSheetModel;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One rule for a zero amount, the profile's, in the grid, the Word tables and the spreadsheet: the demo's 公开02表 合计 row
 * has no 上级补助收入, a zero in a total row, which the Chongqing tables leave blank.
 */
class ZeroAmountsTest {
    @TempDir
    Path dir;

    @Test
    void theRuleItself() {
        assertEquals("", ZeroAmounts.BLANK.display(BigDecimal.ZERO));
        assertEquals("0.00", ZeroAmounts.ZERO.display(new BigDecimal("0.00")));
        assertEquals("", ZeroAmounts.ZERO.display(null));
        assertEquals(null, ZeroAmounts.BLANK.printed(new BigDecimal("0.004")).signum() == 0 ? null : "rounds to 0.00 but is not zero");
        assertEquals("1,463.32", ZeroAmounts.BLANK.display(new BigDecimal("14633200.00")));
        assertEquals(ZeroAmounts.BLANK, Profiles.get("chongqing").zeroAmounts());
    }

    @Test
    void aZeroTotalIsBlankInTheGridWordAndExcelAlike() throws Exception {
        try (SessionFixture fx = new SessionFixture(dir)) {
            TableSheetModel t2 = new TableSheetModel(fx.session, "T2");
            assertEquals(0, fx.session.figures().table("T2").value("total", "superior").signum(), "the demo has no 上级补助收入");
            assertEquals("", t2.display("total", "superior"));
            assertEquals("1,463.32", t2.display("total", "fiscal"));

            Document d = DocumentBuilder.build(fx.session.report(), new ReportFigures(fx.session.report(),
                    TemplateLoader.forReport(fx.session.report())));
            try (XWPFDocument w = new XWPFDocument(new ByteArrayInputStream(d.export(Document.Format.DOCX)))) {
                XWPFTable table = w.getTables().stream().filter(t -> t.getText().contains("上级补助收入") && t.getText().contains("功能分类科目编码")).findFirst().orElseThrow();
                XWPFTableRow total = table.getRows().stream().filter(r -> !r.isRepeatHeader() && r.getTableCells().size() > 5)
                        .findFirst().orElseThrow();
                assertEquals("1,463.32", total.getCell(5).getText(), "合计 / 本年收入合计");
                assertEquals("", total.getCell(7).getText(), "合计 / 上级补助收入");
            }
            try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(d.export(Document.Format.XLSX)))) {
                Sheet s = wb.getSheetAt(1);
                Row total = null;
                for (Row r : s) {
                    for (Cell c : r) {
                        if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING && "合计".equals(c.getStringCellValue().strip())) {
                            total = r;
                        }
                    }
                }
                int blanks = 0;
                for (Cell c : total) {
                    if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC && c.getNumericCellValue() == 0) {
                        throw new AssertionError("a zero printed in the spreadsheet's 合计 row, column " + c.getColumnIndex());
                    }
                    if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.BLANK
                            || c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING && c.getStringCellValue().isBlank()) {
                        blanks++;
                    }
                }
                org.junit.jupiter.api.Assertions.assertTrue(blanks >= 5, "the five empty columns of the 合计 row: " + blanks);
            }
        }
    }
}
