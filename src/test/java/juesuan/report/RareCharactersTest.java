package juesuan.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import juesuan.audit.Auditor;
import juesuan.calculation.ReportFigures;
import juesuan.exchange.DemoReport;
import juesuan.model.Report;
import juesuan.template.TemplateLoader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;

/**
 * Every character the officer types prints: names with CJK extension A (䶮) and extension B (𠀀, 𪚥) characters, and the
 * markup characters &amp; &lt; &gt;, in the PDF (in the bundled rare-character fonts, embedded), in Word (in a font that has
 * them), and 审核's printable-character rule agrees with the renderer.
 */
class RareCharactersTest {
    private static final String EXT_A = "䶮";
    private static final String EXT_B = "𠀀𪚥";
    /** U+2A700, extension C. */
    private static final String EXT_C = "\uD869\uDF00";
    private static final String EXT_G = "\uD880\uDC00"; // U+30000 (extension G, Unicode 13): no bundled font has it

    private static Report report(String extra) {
        Report r = DemoReport.create();
        r.unit().setName("重庆市江津区" + EXT_A + EXT_B + EXT_C + "镇人民政府（本级）");
        r.projects().getFirst().setName("刘" + EXT_A + "故居&<修缮>项目" + extra);
        return r;
    }

    @Test
    void thePdfPrintsThemInTheRareCharacterFonts() throws Exception {
        Report r = report("");
        Document d = DocumentBuilder.build(r, new ReportFigures(r, TemplateLoader.forReport(r)));
        byte[] pdf = d.export(Document.Format.PDF);
        Files.createDirectories(Path.of("target", "document-check"));
        Files.write(Path.of("target", "document-check", "rare-characters.pdf"), pdf);
        String text;
        Set<String> fonts = new HashSet<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(doc);
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    var f = page.getResources().getFont(name);
                    assertTrue(f.isEmbedded(), f.getName());
                    fonts.add(f.getName().substring(7));
                }
            }
        }
        String plain = text.replaceAll("\\s+", "");
        assertTrue(plain.contains("重庆市江津区" + EXT_A + EXT_B + EXT_C + "镇人民政府（本级）"), "the unit's name, whole");
        assertTrue(plain.contains("刘" + EXT_A + "故居&<修缮>项目"), "the project's name with its markup characters");
        assertTrue(fonts.stream().anyMatch(f -> f.startsWith("HanaMinA")), fonts.toString());
        assertTrue(fonts.stream().anyMatch(f -> f.startsWith("HanaMinB")), fonts.toString());
        assertTrue(pdf.length < 3_000_000, "only the glyphs used are embedded: " + pdf.length);
    }

    @Test
    void aDocumentWithoutThemPrintsMarkupCharactersAsTyped() throws Exception {
        Report r = DemoReport.create();
        r.projects().getFirst().setName("故居&<修缮>项目");
        Document d = DocumentBuilder.build(r, new ReportFigures(r, TemplateLoader.forReport(r)));
        try (PDDocument doc = Loader.loadPDF(d.export(Document.Format.PDF))) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            assertTrue(text.contains("故居&<修缮>项目"), "printed as typed");
            assertTrue(!text.contains("&amp;") && !text.contains("&lt;"), "nothing escaped twice");
        }
    }

    @Test
    void wordNamesAFontThatHasThem() throws Exception {
        Report r = report("");
        Document d = DocumentBuilder.build(r, new ReportFigures(r, TemplateLoader.forReport(r)));
        try (XWPFDocument w = new XWPFDocument(new ByteArrayInputStream(d.export(Document.Format.DOCX)))) {
            XWPFRun run = w.getParagraphs().stream().map(XWPFParagraph::getRuns).flatMap(List::stream)
                    .filter(x -> x.text().contains(EXT_B)).findFirst().orElseThrow();
            assertEquals("SimSun-ExtB", run.getCTR().getRPr().getRFontsArray(0).getEastAsia());
            assertTrue(w.getParagraphs().stream().anyMatch(p -> p.getText().contains("刘" + EXT_A + "故居&<修缮>项目")));
        }
    }

    @Test
    void theAuditAcceptsWhatPrintsAndNamesWhatDoesNot() {
        Report fine = report("");
        assertEquals(List.of(), Auditor.audit(fine, new ReportFigures(fine, TemplateLoader.forReport(fine))).findings().stream()
                .filter(f -> f.ruleId().equals("P-1")).toList());
        Report bad = report(EXT_G);
        var p1 = Auditor.audit(bad, new ReportFigures(bad, TemplateLoader.forReport(bad))).findings().stream()
                .filter(f -> f.ruleId().equals("P-1")).toList();
        assertEquals(1, p1.size());
        assertTrue(p1.getFirst().message().contains(EXT_G) && !p1.getFirst().message().contains(EXT_A), p1.getFirst().message());
    }

    @Test
    void styledTextEscapesMarkupAndNamesTheFonts() {
        assertEquals("a&lt;b&gt;&amp;<style fontName=\"Juesuan Rare A\">䶮</style>c<style fontName=\"Juesuan Rare B\">𠀀</style>",
                RareCharacters.styled("a<b>&䶮c𠀀"));
        assertEquals("a<b>&䶮c𠀀", RareCharacters.plain(RareCharacters.styled("a<b>&䶮c𠀀"), true));
    }
}
