package juesuan.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import juesuan.calculation.ComputedRow;
import juesuan.calculation.ReportFigures;
import juesuan.exchange.DemoReport;
import juesuan.model.ColumnDef;
import juesuan.model.Report;
import juesuan.model.TableTemplate;
import juesuan.narrative.Narrative;
import juesuan.narrative.NarrativeGenerator;
import juesuan.narrative.Paragraph;
import juesuan.narrative.Profiles;
import juesuan.template.TemplateLoader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The demo's document read back: PDF with PDFBox, DOCX and XLSX with POI. */
class DocumentTest {
    private static final Report REPORT = DemoReport.create();
    private static final ReportFigures FIGURES = new ReportFigures(REPORT, TemplateLoader.load(2023));
    private static Document document;
    private static byte[] pdf;
    private static String pdfText;

    @BeforeAll
    static void render() throws Exception {
        document = DocumentBuilder.build(REPORT, FIGURES);
        pdf = document.export(Document.Format.PDF);
        pdfText = text(pdf);
    }

    /** The PDF's text without page headers and footers, and without line breaks (lines wrap inside sentences). */
    static String text(byte[] pdf) throws Exception {
        StringBuilder all = new StringBuilder();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper s = new PDFTextStripper();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                s.setStartPage(p);
                s.setEndPage(p);
                for (String line : s.getText(doc).split("\\R")) {
                    String l = line.strip();
                    if (l.matches("第\\s*\\d+\\s*页\\s*共\\s*\\d+\\s*页") || l.endsWith("年度部门决算") && l.startsWith(REPORT.unit().getName())
                            || l.equals(juesuan.i18n.Msg.get("report.draftFoot"))) {
                        continue;
                    }
                    all.append(l.replaceAll("[\\s\u3000]+", ""));
                }
            }
        }
        return all.toString();
    }

    @Test
    void everySentenceOfTheTextIsInThePdf() {
        Narrative n = NarrativeGenerator.generate(REPORT, FIGURES, Profiles.get("chongqing"));
        List<String> missing = new ArrayList<>();
        for (Paragraph p : n.paragraphs()) {
            if (p.key().startsWith("5.2.1.")) {
                continue; // printed as the form, checked below
            }
            for (String sentence : p.text().split("。")) {
                String s = sentence.replaceAll("\\s+", "");
                if (!s.isEmpty() && !pdfText.contains(s)) {
                    missing.add(s);
                }
            }
        }
        assertEquals(List.of(), missing);
        assertTrue(pdfText.contains(n.title().replaceAll("\\s+", "")));
    }

    @Test
    void everyFigureOfTheNineTablesIsInThePdf() {
        List<String> missing = new ArrayList<>();
        for (TableTemplate t : FIGURES.template().tables()) {
            assertTrue(pdfText.contains(t.title()), t.title());
            for (ComputedRow r : FIGURES.table(t.code()).rows()) {
                for (ColumnDef c : t.columns()) {
                    BigDecimal v = r.value(c.key());
                    if (v.signum() != 0) {
                        String shown = new java.text.DecimalFormat("#,##0.00").format(v.divide(BigDecimal.valueOf(10000)).setScale(2, RoundingMode.HALF_UP));
                        if (!pdfText.contains(shown)) {
                            missing.add(t.code() + " " + r.label() + " " + c.label() + " " + shown);
                        }
                    }
                }
                assertTrue(pdfText.contains(r.label().replaceAll("\\s+", "")), t.code() + " row " + r.label());
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void theFormTheSignaturePageAndTheContentsArePrinted() {
        for (String s : List.of("2023年度项目绩效目标自评表", "滨江商务大厦（新政务大厅）物业管理费", "服务质量达标率", "15.83", "589.17",
                "单位负责人（签字）", "财务负责人（签字）", "填表人（签字）", "单位（盖章）", "目录", "说明：重庆市江津区政务服务管理办公室（本级）本年度没有政府性基金预算财政拨款收入和支出，故本表无数据。")) {
            assertTrue(pdfText.contains(s), s);
        }
    }

    @Test
    void allFontsAreEmbeddedSubsetsAndThePageCountIsStable() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            Set<String> fonts = new HashSet<>();
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont f = page.getResources().getFont(name);
                    fonts.add(f.getName());
                    assertTrue(f.isEmbedded(), f.getName());
                    assertTrue(f.getName().matches("[A-Z]{6}\\+.*"), "subset: " + f.getName());
                    assertTrue(f instanceof PDType0Font, f.getName());
                }
            }
            // the document's two faces, plus the serif face once more for the marks put on every page after filling
            assertEquals(java.util.Set.of("NotoSerifSC-Regular", "NotoSansSC-Bold"),
                    fonts.stream().map(n -> n.substring(7)).collect(java.util.stream.Collectors.toSet()), fonts.toString());
            assertEquals(document.pageCount(), doc.getNumberOfPages());
        }
        assertEquals(document.pageCount(), DocumentBuilder.build(REPORT, FIGURES).pageCount(), "same data, same pages");
        assertTrue(pdf.length < 3_000_000, "PDF size " + pdf.length);
    }

    @Test
    void theDocxHasTheSameText() throws Exception {
        byte[] docx = document.export(Document.Format.DOCX);
        String text;
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(docx)); XWPFWordExtractor x = new XWPFWordExtractor(d)) {
            // a paragraph that runs onto the next page has that page's footer and header in between
            text = x.getText().replaceAll("[\\s\u3000]+", "").replaceAll("第\\d+页共\\d+页", "")
                    .replace((REPORT.unit().getName() + "2023年度部门决算"), "");
        }
        Narrative n = NarrativeGenerator.generate(REPORT, FIGURES, Profiles.get("chongqing"));
        List<String> missing = new ArrayList<>();
        for (Paragraph p : n.paragraphs()) {
            if (!p.key().startsWith("5.2.1.") && !text.contains(p.text().replaceAll("\\s+", ""))) {
                missing.add(p.text());
            }
        }
        assertEquals(List.of(), missing);
        assertTrue(text.contains("收入支出决算总表"));
    }

    @Test
    void theXlsxHasTheNineTablesWithNumbersAsNumbers() throws Exception {
        byte[] xlsx = document.export(Document.Format.XLSX);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            List<TableTemplate> tables = FIGURES.template().tables();
            assertEquals(9, wb.getNumberOfSheets());
            for (int i = 0; i < tables.size(); i++) {
                TableTemplate t = tables.get(i);
                Sheet sheet = wb.getSheetAt(i);
                assertEquals(t.shortTitle(), sheet.getSheetName());
                List<BigDecimal> numbers = new ArrayList<>();
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.NUMERIC) {
                            numbers.add(BigDecimal.valueOf(cell.getNumericCellValue()).setScale(2, RoundingMode.HALF_UP));
                        }
                    }
                }
                for (ComputedRow r : FIGURES.table(t.code()).rows()) {
                    for (ColumnDef c : t.columns()) {
                        BigDecimal v = r.value(c.key());
                        if (v.signum() != 0) {
                            BigDecimal wan = v.divide(BigDecimal.valueOf(10000)).setScale(2, RoundingMode.HALF_UP);
                            assertTrue(numbers.contains(wan), t.code() + " " + r.label() + " " + c.label() + " " + wan);
                        }
                    }
                }
                assertFalse(sheet.getMergedRegions().isEmpty(), t.code() + " has merged header cells");
            }
        }
    }

    @Test
    void theContentsListTheTablesUnderAHeadingOfTheirOwn() {
        var outline = document.outline();
        int first = 0;
        while (!outline.get(first).title().startsWith("公开01表")) {
            first++;
        }
        Document.Entry heading = outline.get(first - 1);
        assertEquals(juesuan.i18n.Msg.get("report.tablesPart"), heading.title());
        assertEquals(1, heading.level());
        assertEquals(outline.get(first).page(), heading.page());
        for (int k = first; k < first + 9; k++) {
            assertEquals(2, outline.get(k).level(), outline.get(k).title());
        }
        assertEquals(1, outline.getFirst().page(), "封面");
    }
}
