package juesuan.exchange;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import juesuan.calculation.ComputedRow;
import juesuan.calculation.ComputedTable;
import juesuan.calculation.Comparisons;
import juesuan.calculation.ReportFigures;
import juesuan.i18n.Msg;
import juesuan.model.CatalogEntry;
import juesuan.model.ColumnDef;
import juesuan.model.ComparisonDef;
import juesuan.model.ComparisonGroup;
import juesuan.model.Money;
import juesuan.model.PerformanceProject;
import juesuan.model.Report;
import juesuan.model.TableKind;
import juesuan.model.TableTemplate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The nine 公开表 as a workbook for Excel users and for the reporting system: one sheet per table with its title,
 * 编制单位 and 单位：万元 lines and headings; 功能分类 tables with 类/款/项 codes and indented names; every amount a
 * number in 万元 carrying all its digits (shown with 2 decimals), so the workbook reads back exactly. Two more sheets
 * hold the comparison figures (上年决算数, 预算数) and the 绩效 projects' money figures.
 */
public final class WorkbookExport {
    private WorkbookExport() {
    }

    /** Writes the workbook whole or not at all ({@link juesuan.history.AtomicFiles}: temporary name, forced, moved). */
    public static void write(Report report, ReportFigures figures, Path file) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (Workbook wb = build(report, figures)) {
            wb.write(bytes);
        }
        juesuan.history.AtomicFiles.write(file, bytes.toByteArray());
    }

    /** The workbook in memory. */
    public static Workbook build(Report report, ReportFigures figures) {
        XSSFWorkbook wb = new XSSFWorkbook();
        Styles s = new Styles(wb);
        for (TableTemplate t : figures.template().tables()) {
            Sheet sheet = wb.createSheet(t.number() + " " + t.shortTitle());
            int r = heading(sheet, s, t.title(), report);
            ComputedTable table = figures.table(t.code());
            Row head = sheet.createRow(r++);
            int c = 0;
            boolean function = t.kind() == TableKind.FUNCTION;
            if (function) {
                text(head, c++, Msg.get("workbook.lei"), s.head);
                text(head, c++, Msg.get("workbook.kuan"), s.head);
                text(head, c++, Msg.get("workbook.xiang"), s.head);
                text(head, c++, Msg.get("workbook.nameTitle"), s.head);
            } else {
                text(head, c++, Msg.get("workbook.codeTitle"), s.head);
                text(head, c++, Msg.get("workbook.item"), s.head);
            }
            for (ColumnDef col : t.columns()) {
                text(head, c++, col.label(), s.head);
            }
            for (ComputedRow row : table.rows()) {
                Row x = sheet.createRow(r++);
                c = 0;
                if (function) {
                    String[] parts = figures.template().functions().find(row.key()).map(CatalogEntry::codeParts)
                            .orElse(new String[] {"", "", ""});
                    for (String p : parts) {
                        text(x, c++, p, s.text);
                    }
                } else {
                    text(x, c++, row.code(), s.text);
                }
                text(x, c++, "\u3000".repeat(Math.max(0, row.level() - 1)) + row.label(), row.level() <= 1 ? s.bold : s.text);
                for (ColumnDef col : t.columns()) {
                    amount(x, c++, row.value(col.key()), s.amount);
                }
            }
            sheet.setColumnWidth(function ? 3 : 1, 40 * 256);
        }
        comparisons(wb, s, report, figures);
        projects(wb, s, report);
        return wb;
    }

    private static void comparisons(Workbook wb, Styles s, Report report, ReportFigures figures) {
        Sheet sheet = wb.createSheet(Msg.get("workbook.comparisonsSheet"));
        int r = heading(sheet, s, Msg.get("workbook.comparisonsSheet"), report);
        headings(sheet.createRow(r++), Msg.get("workbook.comparisonsHeader"), s);
        Comparisons cmp = new Comparisons(report, figures);
        List<String> groups = figures.template().comparisonGroups().stream().map(ComparisonGroup::id).toList();
        for (ComparisonDef d : cmp.definitions(groups).values()) {
            Row x = sheet.createRow(r++);
            text(x, 0, d.label(), s.text);
            amount(x, 1, cmp.current(d), s.amount);
            amount(x, 2, report.comparison(d.key()).priorFinal(), s.amount);
            amount(x, 3, report.comparison(d.key()).initialBudget(), s.amount);
            amount(x, 4, report.comparison(d.key()).fullYearBudget(), s.amount);
        }
        sheet.setColumnWidth(0, 40 * 256);
    }

    private static void projects(Workbook wb, Styles s, Report report) {
        Sheet sheet = wb.createSheet(Msg.get("workbook.projectsSheet"));
        int r = heading(sheet, s, Msg.get("workbook.projectsSheet"), report);
        headings(sheet.createRow(r++), Msg.get("workbook.projectsHeader"), s);
        for (PerformanceProject p : report.projects()) {
            Row x = sheet.createRow(r++);
            text(x, 0, p.getName(), s.text);
            amount(x, 1, p.getTotalInitial(), s.amount);
            amount(x, 2, p.getTotalAdjusted(), s.amount);
            amount(x, 3, p.getTotalExecuted(), s.amount);
            amount(x, 4, p.getFiscalInitial(), s.amount);
            amount(x, 5, p.getFiscalAdjusted(), s.amount);
            amount(x, 6, p.getFiscalExecuted(), s.amount);
        }
        sheet.setColumnWidth(0, 40 * 256);
    }

    /** A heading row from a comma-separated list of titles. */
    private static void headings(Row row, String titles, Styles s) {
        String[] t = titles.split(",");
        for (int i = 0; i < t.length; i++) {
            text(row, i, t[i], s.head);
        }
    }

    /** Title, 编制单位 and 单位 lines; returns the next row. */
    private static int heading(Sheet sheet, Styles s, String title, Report report) {
        text(sheet.createRow(0), 0, title, s.title);
        Row unit = sheet.createRow(1);
        text(unit, 0, Msg.get("workbook.preparer", report.unit().getName()), s.text);
        text(unit, 4, Msg.get("workbook.unitWan"), s.text);
        return 2;
    }

    private static void text(Row row, int col, String value, CellStyle style) {
        Cell c = row.createCell(col);
        c.setCellValue(value == null ? "" : value);
        c.setCellStyle(style);
    }

    /**
     * An amount in 万元, every digit kept: 元 with 分 is at most 6 decimals of 万元, and Excel keeps a number as a binary
     * double whose shortest decimal form (what Excel shows and the import reads) is that same amount while it has at
     * most 15 significant digits, i.e. below 10 亿万元. Blank when there is none.
     */
    private static void amount(Row row, int col, BigDecimal yuan, CellStyle style) {
        Cell c = row.createCell(col);
        c.setCellStyle(style);
        if (yuan != null) {
            c.setCellValue(Money.yuanToWan(yuan).doubleValue());
        }
    }

    /** The few cell styles of the workbook. */
    private static final class Styles {
        final CellStyle title;
        final CellStyle head;
        final CellStyle text;
        final CellStyle bold;
        final CellStyle amount;

        Styles(Workbook wb) {
            Font big = wb.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            Font strong = wb.createFont();
            strong.setBold(true);
            title = wb.createCellStyle();
            title.setFont(big);
            head = wb.createCellStyle();
            head.setFont(strong);
            text = wb.createCellStyle();
            bold = wb.createCellStyle();
            bold.setFont(strong);
            amount = wb.createCellStyle();
            amount.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
        }
    }
}
