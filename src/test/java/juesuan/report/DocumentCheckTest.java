package juesuan.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import juesuan.calculation.ReportFigures;
import juesuan.exchange.DemoReport;
import juesuan.i18n.Msg;
import juesuan.model.Report;
import juesuan.template.TemplateLoader;
import juesuan.tools.LargeReport;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The document check of issue 12, for the demo and for a report with forty 项 rows, long item names and three
 * projects: the Word file's structure and figures, LibreOffice's rendering of it against the PDF (where LibreOffice is
 * installed; .ci/run installs it), and the PDF's table headers. The files are left in target/document-check to look
 * at.
 */
class DocumentCheckTest {
    private static final Path OUT = DocumentCheck.OUT;
    private static DocumentCheck.Rendered demo;
    private static DocumentCheck.Rendered long40;


    @BeforeAll
    static void render() throws Exception {
        demo = DocumentCheck.Rendered.of("demo", DemoReport.create());
        long40 = DocumentCheck.Rendered.of("long-names", juesuan.tools.Shapes.longNames());
    }

    @Test
    void theWordFileIsADocument() throws Exception {
        for (DocumentCheck.Rendered c : List.of(demo, long40)) {
            assertEquals(List.of(), DocumentCheck.wordStructure(c.document(), c.docx()), c.name());
        }
    }

    @Test
    void everyFigureOfTheWordTablesIsInItsRowAndColumn() throws Exception {
        for (DocumentCheck.Rendered c : List.of(demo, long40)) {
            assertEquals(List.of(), DocumentCheck.wordFigures(c.document(), c.figures(), c.report().profile(), c.docx()), c.name());
            assertEquals(List.of(), DocumentCheck.wordFixedFigures(c.document(), c.figures(), c.report().profile(), c.docx()), c.name());
        }
    }

    @Test
    void everyFigureOfThePdfTablesIsInItsRowAndColumn() {
        for (DocumentCheck.Rendered c : List.of(demo, long40)) {
            assertEquals(List.of(), DocumentCheck.pdfFigures(c.document(), c.figures(), c.report().profile()), c.name());
        }
    }

    @Test
    void theLongReportHasItsFortyRowsAndLongNames() {
        long rows = long40.figures().table("T3").rows().stream().filter(r -> r.code().length() == 7).count();
        assertTrue(rows >= 40, "项 rows " + rows);
    }

    @Test
    void tableHeadersBreakOnlyBetweenWords() throws Exception {
        List<String> problems = new ArrayList<>();
        for (DocumentCheck.Rendered c : List.of(demo, long40)) {
            problems.addAll(DocumentCheck.headerBreaks(c.document(), c.pdf()));
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void thePdfHasNoBlankPage() throws Exception {
        for (DocumentCheck.Rendered c : List.of(demo, long40)) {
            List<String> pages = c.pages();
            for (int i = 0; i < pages.size(); i++) {
                assertTrue(!pages.get(i).isBlank(), c.name() + ": page " + (i + 1) + " is blank");
            }
        }
    }

    @Test
    void aTableContinuedOnANextPageIsTitled续表There() throws Exception {
        int continued = 0;
        for (DocumentCheck.Rendered c : List.of(demo, long40)) {
            List<String> pages = c.pages();
            List<Document.Entry> outline = c.document().outline();
            for (int i = 0; i < outline.size(); i++) {
                Document.Entry e = outline.get(i);
                DocumentPart part = c.document().word().parts().stream().filter(p -> e.title().equals(p.title()) && p.tableCode() != null)
                        .findFirst().orElse(null);
                if (part == null) {
                    continue;
                }
                int last = i + 1 < outline.size() ? outline.get(i + 1).page() - 1 : pages.size();
                String title = DocumentCheck.norm(String.valueOf(part.params().get("TITLE")));
                for (int page = e.page() + 1; page <= last; page++) {
                    continued++;
                    assertTrue(pages.get(page - 1).startsWith(title + "（续表）"), c.name() + " page " + page + ": " + pages.get(page - 1));
                }
                assertTrue(!pages.get(e.page() - 1).contains("（续表）"), c.name() + ": the first page of " + title);
            }
        }
        assertTrue(continued >= 2, "the long report's 02, 03 and 05 tables run over pages: " + continued);
    }

    @Test
    void aTitleNeverLeavesOneCharacterOnItsLastLine() throws Exception {
        // a unit name that makes the 情况说明's title one character longer than a line of its 16 pt
        TemplateLayout.Item titleItem = TemplateLayout.of("text").detail().stream().flatMap(List::stream)
                .filter(e -> e.printWhen() != null && e.printWhen().contains("\"title\"")).findFirst().orElseThrow();
        Report r = null;
        String title = null;
        for (int k = 1; k < 40 && r == null; k++) {
            Report candidate = DemoReport.create();
            candidate.unit().setName("重庆市江津区" + "测".repeat(k) + "中心");
            String t = juesuan.narrative.NarrativeGenerator.generate(candidate, new ReportFigures(candidate,
                    TemplateLoader.forReport(candidate)), juesuan.narrative.Profiles.get("chongqing")).title();
            if (!LineFit.keepLastLine(t, titleItem.fontSize(), titleItem.bold(), titleItem.width(), 0).equals(t)) {
                r = candidate;
                title = t;
            }
        }
        assertTrue(r != null, "a name long enough to leave one character alone");
        Document d = DocumentBuilder.build(r, new ReportFigures(r, TemplateLoader.forReport(r)));
        byte[] pdf = d.export(Document.Format.PDF);
        Files.write(OUT.resolve("title-kept.pdf"), pdf);
        String text;
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            var s = new org.apache.pdfbox.text.PDFTextStripper();
            s.setStartPage(3);
            s.setEndPage(3);
            text = s.getText(doc);
        }
        List<String> lines = text.lines().map(DocumentCheck::norm).filter(l -> !l.isEmpty()).toList();
        String t = DocumentCheck.norm(title);
        int at = -1;
        for (int i = 0; i + 1 < lines.size(); i++) {
            if ((lines.get(i) + lines.get(i + 1)).equals(t)) {
                at = i;
            }
        }
        assertTrue(at >= 0, "the title on two lines: " + lines.subList(0, Math.min(4, lines.size())));
        assertTrue(lines.get(at + 1).codePointCount(0, lines.get(at + 1).length()) >= 2, "last line: " + lines.get(at + 1));
        // Word keeps the plain title and lays out its own lines
        try (XWPFDocument w = new XWPFDocument(new java.io.ByteArrayInputStream(d.export(Document.Format.DOCX)))) {
            XWPFParagraph p = w.getParagraphs().stream().filter(x -> "Title".equals(x.getStyle())).findFirst().orElseThrow();
            assertEquals(title, p.getText());
        }
    }

    @Test
    void aTableThatWouldLeaveANearlyEmptyPageIsSetInItsCompactRows() throws Exception {
        // 公开03表 grown row by row: somewhere its last rows spill onto a second page, and the compact rows take them back
        boolean compacted = false;
        for (int items = 1; items <= 12 && !compacted; items++) {
            Report r = LargeReport.of(items, 1);
            Document d = DocumentBuilder.build(r, new ReportFigures(r, TemplateLoader.forReport(r)));
            int k = d.sheetNames().indexOf(TemplateLoader.forReport(r).requireTable("T3").shortTitle());
            var print = d.tables().get(k);
            boolean compact = print.getPages().stream().flatMap(pg -> pg.getElements().stream())
                    .anyMatch(e -> e instanceof net.sf.jasperreports.engine.JRPrintText t && t.getFontSize() == 8f);
            if (compact) {
                compacted = true;
                assertEquals(1, print.getPages().size(), "the compact rows fit one page");
                assertEquals(List.of(), DocumentCheck.pdfFigures(d, new ReportFigures(r, TemplateLoader.forReport(r)), r.profile()),
                        "every figure in its place in the compact rows too");
                Files.write(OUT.resolve("compact-table.pdf"), d.export(Document.Format.PDF));
            }
        }
        assertTrue(compacted, "some size of 公开03表 was set in its compact rows");
    }

    @Test
    void otherShapesMakeWholeDocumentsToo() throws Exception {
        // a new unit with nothing entered yet, and the demo in the Ministry-of-Finance profile
        Report empty = new Report(new juesuan.model.Unit("9", "新设单位"), 2023, 2023, "chongqing");
        Report mof = DemoReport.create();
        mof.setProfile("mof");
        for (Report r : List.of(empty, mof)) {
            ReportFigures f = new ReportFigures(r, TemplateLoader.forReport(r));
            Document d = DocumentBuilder.build(r, f);
            byte[] pdf = d.export(Document.Format.PDF);
            byte[] docx = d.export(Document.Format.DOCX);
            Files.write(OUT.resolve(r.unit().getCode() + "-" + r.profile() + ".pdf"), pdf);
            Files.write(OUT.resolve(r.unit().getCode() + "-" + r.profile() + ".docx"), docx);
            assertEquals(List.of(), DocumentCheck.wordStructure(d, docx), r.profile());
            assertEquals(List.of(), DocumentCheck.wordFigures(d, f, r.profile(), docx), r.profile());
            assertEquals(List.of(), DocumentCheck.pdfFigures(d, f, r.profile()), r.profile());
            List<String> pages = DocumentCheck.pageTexts(pdf, Msg.get("report.header", r.unit().getName(), r.fiscalYear()));
            for (int i = 0; i < pages.size(); i++) {
                assertTrue(!pages.get(i).isBlank(), r.profile() + ": page " + (i + 1) + " is blank");
            }
        }
        try (XWPFDocument w = new XWPFDocument(new java.io.ByteArrayInputStream(DocumentBuilder.build(mof,
                new ReportFigures(mof, TemplateLoader.forReport(mof))).export(Document.Format.DOCX)))) {
            assertEquals("仿宋", w.getStyle().getDocDefaults().getRPrDefault().getRPr().getRFontsArray(0).getEastAsia(),
                    "the MoF profile's body font");
        }
    }

    private static Path soffice() {
        Optional<Path> soffice = DocumentCheck.soffice();
        Assumptions.assumeTrue(soffice.isPresent(),
                "LibreOffice (soffice) is not installed: the Word file's rendering is not checked here. "
                        + "Install libreoffice-writer-nogui (Debian) to run it; .ci/run does.");
        return soffice.get();
    }

    @Test
    void libreOfficeRendersTheWordFileLikeThePdf() throws Exception {
        Path soffice = soffice();
        // the large report too: 600 table rows, 200 自评表 and a 目录 of several pages
        DocumentCheck.Rendered large = DocumentCheck.Rendered.of("large", juesuan.tools.LargeReport.of(100, 200));
        for (DocumentCheck.Rendered c : List.of(demo, long40, large)) {
            Path work = Files.createDirectories(OUT.resolve("libreoffice-" + c.name()));
            Path docx = work.resolve(c.name() + ".docx");
            Files.write(docx, c.docx());
            Path rendered = DocumentCheck.convert(soffice, docx, work);
            Files.copy(rendered, OUT.resolve(c.name() + "-libreoffice.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            List<String> pages = DocumentCheck.pageTexts(Files.readAllBytes(rendered), c.header());
            int pdfPages = c.document().pageCount();
            assertTrue(Math.abs(pages.size() - pdfPages) <= 1, c.name() + ": LibreOffice " + pages.size() + " pages, PDF " + pdfPages);
            // the 目录's page numbers are fields: they are the pages LibreOffice lays the headings on, not the PDF's
            StringBuilder contents = new StringBuilder();
            for (int i = 1; i < pages.size() && pages.get(i).contains("....."); i++) {
                contents.append(pages.get(i));
            }
            int after = 1; // the headings come after the 目录's pages, in its order
            while (after < pages.size() && pages.get(after).contains(".....")) {
                after++;
            }
            for (Document.Entry e : c.document().outline().subList(2, c.document().outline().size())) {
                String title = DocumentCheck.norm(e.title()).replaceAll("[“”\"]", "");
                // (a long entry wraps: the 目录's lines are read as one text, each page number followed by the next entry)
                java.util.regex.Matcher m = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(title) + "\\.*(\\d+)")
                        .matcher(contents.toString().replaceAll("[“”\"\n]", ""));
                assertTrue(m.find(), c.name() + ": the 目录 lists " + title + ": " + contents);
                int listed = Integer.parseInt(m.group(1));
                String body = DocumentCheck.norm(e.title().replaceFirst("^\\S+表\\s+", "")).replaceAll("[“”\"]", "");
                int at = -1;
                for (int i = after; i < pages.size() && at < 0; i++) {
                    if (pages.get(i).replaceAll("[“”\"]", "").contains(body)) {
                        at = i + 1;
                    }
                }
                after = Math.max(after, at - 1);
                assertEquals(at, listed, c.name() + ": the 目录 says page " + listed + " for " + title + ", LibreOffice lays it on " + at);
            }
            for (int i = 0; i < pages.size(); i++) {
                assertTrue(!pages.get(i).isBlank(), c.name() + ": LibreOffice's page " + (i + 1) + " is blank");
            }
            // quotation marks come out of LibreOffice's PDF in the Latin font's code points: compared without them
            String all = String.join("", pages).replace("\n", "").replaceAll("[“”\"]", "");
            for (Document.Entry e : c.document().outline().subList(2, c.document().outline().size())) {
                String title = DocumentCheck.norm(e.title().replaceFirst("^\\S+表\\s+", "")).replaceAll("[“”\"]", "");
                assertTrue(all.contains(title), c.name() + ": LibreOffice's rendering lacks " + e.title());
            }
        }
    }

    @Test
    void editingASentenceInTheWordFileReflowsThePages() throws Exception {
        Path soffice = soffice();
        Path work = Files.createDirectories(OUT.resolve("libreoffice-edited"));
        Path original = work.resolve("demo.docx");
        Files.write(original, demo.docx());
        Path edited = work.resolve("demo-edited.docx");
        // more than a page of text whatever fonts LibreOffice finds (the lines' length depends on them): what follows
        // must move on by a page at least
        String added = "本段为编辑测试补充的说明文字，用于检查修改正文后页面能否自动重排。".repeat(60);
        String firstHeading;
        try (XWPFDocument w = new XWPFDocument(new java.io.ByteArrayInputStream(demo.docx()))) {
            XWPFParagraph body = w.getParagraphs().stream().filter(p -> "BodyText".equals(p.getStyle())).findFirst().orElseThrow();
            body.getRuns().getLast().setText(body.getRuns().getLast().text() + added, 0);
            firstHeading = w.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle())).skip(1).findFirst().orElseThrow().getText();
            try (var out = Files.newOutputStream(edited)) {
                w.write(out);
            }
        }
        List<String> before = DocumentCheck.pageTexts(Files.readAllBytes(DocumentCheck.convert(soffice, original, work)), demo.header());
        List<String> after = DocumentCheck.pageTexts(Files.readAllBytes(DocumentCheck.convert(soffice, edited, work)), demo.header());
        String heading = DocumentCheck.norm(firstHeading);
        int pageBefore = pageOf(before, heading);
        int pageAfter = pageOf(after, heading);
        assertTrue(pageBefore > 0 && pageAfter > pageBefore,
                "the text after the edited paragraph moves on: " + heading + " on page " + pageBefore + ", then " + pageAfter);
        assertTrue(String.join("", after).contains(DocumentCheck.norm(added).substring(0, 30)));
    }

    /** The first page after the 目录 (pages 1 and 2) that has the text. */
    private static int pageOf(List<String> pages, String text) {
        for (int i = 2; i < pages.size(); i++) {
            if (pages.get(i).replace("\n", "").contains(text)) {
                return i + 1;
            }
        }
        return -1;
    }
}
