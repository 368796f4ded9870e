package juesuan.exchange;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import juesuan.calculation.ComputedRow;
import juesuan.calculation.ReportFigures;
import juesuan.failure.UserFailure;
import juesuan.model.CatalogEntry;
import juesuan.model.ColumnDef;
import juesuan.model.Money;
import juesuan.model.Report;
import juesuan.model.TableData;
import juesuan.model.TableKind;
import juesuan.model.TableTemplate;
import juesuan.model.Unit;
import juesuan.template.TemplateLoader;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The nine tables read from workbooks in the layouts officers meet: our own export (exact), the printed layout
 * (side-by-side 01/04/06, 07 across, merged headings, 2-decimal 万元), all tables on one sheet in 元 with codes in
 * one column, formulas and a hidden sheet; and broken workbooks, each refused with the sheet and cell named.
 */
class WorkbookImportTest {
    private static final Report DEMO = DemoReport.create();

    @TempDir
    Path dir;

    private static Report blank() {
        Report r = new Report(new Unit(DEMO.unit().getCode(), DEMO.unit().getName()), DEMO.fiscalYear(), DEMO.templateYear(), DEMO.profile());
        r.setId(1L);
        return r;
    }

    private Path exported(Report report, String name) throws Exception {
        Path file = dir.resolve(name);
        WorkbookExport.write(report, new ReportFigures(report, TemplateLoader.forReport(report)), file);
        return file;
    }

    /** Typed cells of every table, as "T/row/col" → amount (zeros left out: a blank and a 0 read the same). */
    private static Map<String, BigDecimal> typed(Report r, int wanDecimals) {
        Map<String, BigDecimal> out = new TreeMap<>();
        r.tables().forEach((t, data) -> data.cells().forEach((row, cols) -> cols.forEach((col, v) -> {
            BigDecimal wan = Money.yuanToWan(v);
            BigDecimal shown = wanDecimals < 0 ? wan : wan.setScale(wanDecimals, RoundingMode.HALF_UP);
            if (v != null && shown.signum() != 0) {
                out.put(t + "/" + row + "/" + col, shown.stripTrailingZeros());
            }
        })));
        return out;
    }

    @Test
    void ourOwnExportReadsBackExactly() throws Exception {
        Path file = exported(DEMO, "105-2023.xlsx");
        WorkbookImport.Plan same = WorkbookImport.plan(file, DEMO, null);
        assertEquals(List.of(), same.changes(), "importing a report's own workbook changes nothing");
        WorkbookImport.Plan intoEmpty = WorkbookImport.plan(file, blank(), null);
        assertEquals(typed(DEMO, -1), typed(intoEmpty.imported(), -1));
        assertEquals(9, intoEmpty.sheets().size());
        assertEquals(List.of(), intoEmpty.disagreements());
        assertEquals(List.of(), intoEmpty.newCodes());
    }

    @Test
    void thePrintedLayoutReadsBackToItsTwoDecimals() throws Exception {
        Path file = dir.resolve("printed.xlsx");
        Files.write(file, juesuan.report.DocumentBuilder.build(DEMO, new ReportFigures(DEMO, TemplateLoader.forReport(DEMO)))
                .export(juesuan.report.Document.Format.XLSX));
        WorkbookImport.Plan p = WorkbookImport.plan(file, blank(), null);
        assertEquals(typed(DEMO, 2), typed(p.imported(), 2), "公开01/04/06表 side by side, 公开07表 across, merged headings");
        assertEquals(0, Money.wanToYuan(new BigDecimal("0.44")).compareTo(p.imported().table("T7").get("reception", "actual")),
                "the printed 0.44 (0.4407 typed)");
    }

    @Test
    void allTablesOnOneSheetInYuanWithCodesInOneColumnFormulasAndAHiddenSheet() throws Exception {
        Path file = dir.resolve("one-sheet.xlsx");
        ReportFigures f = new ReportFigures(DEMO, TemplateLoader.forReport(DEMO));
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet hidden = wb.createSheet("说明");
            hidden.createRow(0).createCell(0).setCellValue("收入决算表");
            hidden.createRow(1).createCell(0).setCellValue("这张隐藏工作表不是数据");
            wb.setSheetHidden(0, true);
            Sheet s = wb.createSheet("部门决算");
            int r = 0;
            for (TableTemplate t : f.template().tables()) {
                r++; // a blank line between the tables
                s.createRow(r++).createCell(1).setCellValue("2023年度" + t.title());
                s.createRow(r++).createCell(3).setCellValue("单位： 元");
                Row head = s.createRow(r++);
                head.createCell(0).setCellValue(t.kind() == TableKind.FUNCTION ? "科目编码" : "编码");
                head.createCell(1).setCellValue(t.kind() == TableKind.FUNCTION ? "科目名称" : "项目");
                for (int c = 0; c < t.columns().size(); c++) {
                    head.createCell(2 + c).setCellValue(t.columns().get(c).label());
                }
                for (ComputedRow row : f.table(t.code()).rows()) {
                    Row x = s.createRow(r++);
                    if (t.kind() == TableKind.FUNCTION && !row.code().isEmpty()) {
                        x.createCell(0).setCellValue(Double.parseDouble(row.code())); // codes as numbers
                    } else if (!row.code().isEmpty()) {
                        x.createCell(0).setCellValue(row.code());
                    }
                    x.createCell(1).setCellValue("  ".repeat(Math.max(0, row.level() - 1)) + row.label());
                    for (int c = 0; c < t.columns().size(); c++) {
                        ColumnDef col = t.columns().get(c);
                        if (col.computed() && !col.sumOf().isEmpty()) {
                            // a total column as a formula over the row's parts (its value is cached below)
                            StringBuilder formula = new StringBuilder();
                            for (String part : col.sumOf()) {
                                int idx = t.columns().indexOf(t.column(part).orElseThrow());
                                formula.append(formula.isEmpty() ? "" : "+").append((char) ('C' + idx)).append(r);
                            }
                            x.createCell(2 + c).setCellFormula(formula.toString());
                        } else {
                            BigDecimal v = row.value(col.key());
                            if (v != null && v.signum() != 0) {
                                x.createCell(2 + c).setCellValue(v.doubleValue());
                            }
                        }
                    }
                }
            }
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        WorkbookImport.Plan p = WorkbookImport.plan(file, blank(), null);
        assertEquals(typed(DEMO, -1), typed(p.imported(), -1));
        assertTrue(p.sheets().values().stream().allMatch("部门决算"::equals), "the hidden sheet is passed over");
    }

    @Test
    void aWorkbookWithoutAUnitLineIsReadInTheUnitTold() throws Exception {
        Path file = exported(DEMO, "no-unit.xlsx");
        Path stripped = dir.resolve("no-unit-2.xlsx");
        try (Workbook wb = WorkbookFactory.create(file.toFile())) {
            for (Sheet s : wb) {
                Row r = s.getRow(1);
                if (r != null && r.getCell(4) != null) {
                    r.removeCell(r.getCell(4));
                }
            }
            try (OutputStream out = Files.newOutputStream(stripped)) {
                wb.write(out);
            }
        }
        UserFailure e = assertThrows(UserFailure.class, () -> WorkbookImport.plan(stripped, blank(), null));
        assertTrue(e.getMessage().contains("没有“单位：元”或“单位：万元”一行"), e.getMessage());
        WorkbookImport.Plan p = WorkbookImport.plan(stripped, blank(), WorkbookImport.AmountUnit.WAN);
        assertEquals(typed(DEMO, -1), typed(p.imported(), -1));
    }

    @Test
    void aCodeTheCatalogLacksIsOfferedAsANewCodeAndDisagreeingTotalsAreShown() throws Exception {
        Report withNew = ReportJson.copy(DEMO);
        withNew.localCodes().add(new juesuan.model.LocalCode(juesuan.model.CatalogKind.FUNCTION, "21308", "普惠金融发展支出",
                juesuan.model.LocalCode.Origin.ADDED));
        withNew.localCodes().add(new juesuan.model.LocalCode(juesuan.model.CatalogKind.FUNCTION, "2130803", "农业保险保费补贴",
                juesuan.model.LocalCode.Origin.ADDED));
        withNew.table("T3").set("2130803", "project", Money.wanToYuan(new BigDecimal("5")));
        Path file = exported(withNew, "new-code.xlsx");
        try (Workbook wb = WorkbookFactory.create(file.toFile())) {
            // the workbook's 合计 of 公开03表 typed by hand, 0.50 too high; its 基本支出 合计 0.01 too high (尾差)
            Sheet s = wb.getSheetAt(2);
            Row total = s.getRow(3);
            total.getCell(4).setCellValue(total.getCell(4).getNumericCellValue() + 0.5);
            total.getCell(5).setCellValue(new BigDecimal(Double.toString(total.getCell(5).getNumericCellValue())).add(new BigDecimal("0.01")).doubleValue());
            try (OutputStream out = Files.newOutputStream(dir.resolve("new-code-2.xlsx"))) {
                wb.write(out);
            }
        }
        WorkbookImport.Plan p = WorkbookImport.plan(dir.resolve("new-code-2.xlsx"), blank(), null);
        assertEquals(List.of("21308", "2130803"), p.newCodes().stream().map(c -> c.code()).toList());
        assertEquals(1, p.disagreements().size(), p.disagreements().toString());
        assertEquals("total", p.disagreements().get(0).column(), "0.50 is beyond rounding: listed, the sum is used");
        assertEquals(0, Money.wanToYuan(new BigDecimal("274.65")).compareTo(p.imported().table("T3").printed("total", "basic")),
                "0.01 is rounding: the document prints the workbook's figure");
        assertTrue(p.describe().contains("新增科目　2130803　农业保险保费补贴"), p.describe());
        assertTrue(p.describe().contains("的合计"), p.describe());
    }

    @Test
    void headingsAndTitlesTheProgramDoesNotKnowAreAskedOnceAndRememberedForNextYear() throws Exception {
        Path file = changed("本单位格式.xlsx", wb -> {
            Sheet t2 = wb.getSheetAt(1);
            t2.getRow(0).getCell(0).setCellValue("表二 收入情况");          // a title of the unit's own
            t2.getRow(2).getCell(5).setCellValue("财政拨款");              // instead of 财政拨款收入
        });
        WorkbookImport.TablesMissing noTable = assertThrows(WorkbookImport.TablesMissing.class,
                () -> WorkbookImport.plan(file, blank(), null));
        assertEquals(List.of("T2"), noTable.tables());
        assertTrue(noTable.sheets().contains("公开02表 收入表"), noTable.sheets().toString());

        WorkbookImport.Mapping sheet = WorkbookImport.Mapping.NONE.withSheet("T2", "公开02表 收入表");
        WorkbookImport.ColumnUnknown noColumn = assertThrows(WorkbookImport.ColumnUnknown.class,
                () -> WorkbookImport.plan(file, blank(), null, sheet));
        assertEquals("fiscal", noColumn.column());
        assertTrue(noColumn.headings().contains("财政拨款"), noColumn.headings().toString());

        WorkbookImport.Mapping confirmed = sheet.withColumn("T2", "fiscal", "财政拨款");
        WorkbookImport.Plan p = WorkbookImport.plan(file, blank(), null, confirmed);
        assertEquals(typed(DEMO, -1), typed(p.imported(), -1));
        assertEquals(confirmed, WorkbookImport.Mapping.of(p.imported()), "the report keeps what was confirmed");

        // next year: the report made from this one reads the same kind of workbook without asking
        Report nextYear = Rollover.from(p.imported(), 2024).report();
        nextYear.setId(3L);
        WorkbookImport.Plan next = WorkbookImport.plan(file, nextYear, null);
        assertEquals(typed(DEMO, -1), typed(next.imported(), -1));
    }

    // ------------------------------------------------------------------ broken workbooks

    private void refused(Path file, String... says) {
        UserFailure e = assertThrows(UserFailure.class, () -> WorkbookImport.plan(file, blank(), null));
        for (String s : says) {
            assertTrue(e.getMessage().contains(s), s + " in: " + e.getMessage());
        }
        assertFalse(e.getMessage().matches(".*[A-Za-z]{4,}Exception.*"), e.getMessage());
    }

    /** A copy of our export changed by an edit. */
    private Path changed(String name, java.util.function.Consumer<Workbook> edit) throws Exception {
        Path file = exported(DEMO, "base-" + name);
        Path out = dir.resolve(name);
        try (Workbook wb = WorkbookFactory.create(file.toFile())) {
            edit.accept(wb);
            try (OutputStream o = Files.newOutputStream(out)) {
                wb.write(o);
            }
        }
        return out;
    }

    @Test
    void brokenWorkbooksAreRefusedWithSheetAndCell() throws Exception {
        Path corrupt = dir.resolve("坏.xlsx");
        Files.write(corrupt, new byte[] {'P', 'K', 3, 4, 9, 9, 9});
        refused(corrupt, "无法读取《坏.xlsx》", "数据库没有改动");

        byte[] whole = Files.readAllBytes(exported(DEMO, "whole.xlsx"));
        Path truncated = dir.resolve("截断.xlsx");
        Files.write(truncated, java.util.Arrays.copyOf(whole, whole.length / 2));
        refused(truncated, "无法读取《截断.xlsx》");

        Path encrypted = dir.resolve("加密.xlsx");
        try (org.apache.poi.poifs.filesystem.POIFSFileSystem fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem()) {
            org.apache.poi.poifs.crypt.EncryptionInfo info = new org.apache.poi.poifs.crypt.EncryptionInfo(
                    org.apache.poi.poifs.crypt.EncryptionMode.agile);
            org.apache.poi.poifs.crypt.Encryptor enc = info.getEncryptor();
            enc.confirmPassword("123456");
            try (OutputStream os = enc.getDataStream(fs)) {
                os.write(whole);
            }
            try (OutputStream out = Files.newOutputStream(encrypted)) {
                fs.writeFilesystem(out);
            }
        }
        refused(encrypted, "设有打开密码");

        refused(changed("缺表.xlsx", wb -> wb.removeSheetAt(7)), "找不到以下公开表：公开08表 政府性基金预算财政拨款收入支出决算表");
        refused(changed("文字.xlsx", wb -> wb.getSheetAt(1).getRow(5).getCell(5).setCellValue("壹佰元")),
                "“公开02表 收入表”工作表 F6 单元格", "“壹佰元”不是金额");
        refused(changed("重复.xlsx", wb -> {
            Sheet s = wb.getSheetAt(4);
            Row from = s.getRow(6);
            Row copy = s.createRow(s.getLastRowNum() + 1);
            for (int c = 0; c < from.getLastCellNum(); c++) {
                if (from.getCell(c) != null) {
                    if (from.getCell(c).getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
                        copy.createCell(c).setCellValue(from.getCell(c).getNumericCellValue());
                    } else {
                        copy.createCell(c).setCellValue(from.getCell(c).getStringCellValue());
                    }
                }
            }
        }), "公开05表 一般公共预算财政拨款支出决算表 中科目 2010301 出现了两次");
    }

    @Test
    void aRefusedWorkbookLeavesTheDatabaseFileByteForByte() throws Exception {
        Path db = dir.resolve("j");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        juesuan.app.cli.Cli.run(new PrintWriter(out), new PrintWriter(err), "list", "--db", db.toString());
        Path file = db.resolveSibling("j.mv.db");
        byte[] before = Files.readAllBytes(file);
        Path bad = changed("文字2.xlsx", wb -> wb.getSheetAt(1).getRow(5).getCell(5).setCellValue("abc"));
        int status = juesuan.app.cli.Cli.run(new PrintWriter(out), new PrintWriter(err), "import-excel", bad.toString(),
                "--unit", "105", "--year", "2023", "--db", db.toString());
        assertEquals(2, status, err.toString());
        assertTrue(err.toString().contains("不是金额"), err.toString());
        assertArrayEquals(before, Files.readAllBytes(file));

        // and a good one goes in through the command line, with a backup first
        Report changedReport = ReportJson.copy(DEMO);
        changedReport.table("T5").set("2010302", "project", Money.wanToYuan(new BigDecimal("180")));
        changedReport.table("T3").set("2010302", "project", Money.wanToYuan(new BigDecimal("180")));
        changedReport.table("T2").set("2010302", "fiscal", Money.wanToYuan(new BigDecimal("180")));
        Path good = exported(changedReport, "good.xlsx");
        StringWriter out2 = new StringWriter();
        status = juesuan.app.cli.Cli.run(new PrintWriter(out2), new PrintWriter(err), "import-excel", good.toString(),
                "--unit", "105", "--year", "2023", "--db", db.toString());
        assertEquals(0, status, err.toString());
        assertTrue(out2.toString().contains("3 个单元格有新数或改动"), out2.toString());
        assertTrue(Files.list(db.resolveSibling("j-backups")).anyMatch(p -> p.getFileName().toString().startsWith("before-excel-import")));
    }

    @Test
    void lastYearsWorkbookFillsThePriorFigures() throws Exception {
        Report y2024 = new Report(new Unit("105", DEMO.unit().getName()), 2024, 2024, DEMO.profile());
        y2024.setId(2L);
        Path lastYear = exported(DEMO, "105-2023-last.xlsx");
        Rollover.Result r = WorkbookImport.previousYear(lastYear, y2024, null);
        assertTrue(r.filled() >= 15, "filled: " + r.filled());
        assertEquals(0, new BigDecimal("14633200.00").compareTo(r.report().comparison("total.grand").priorFinal()));
        assertTrue(r.report().tables().values().stream().allMatch(TableData::isEmpty), "this year's tables stay as they were");
    }
}
