package juesuan.report;

import java.awt.geom.Rectangle2D;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import juesuan.calculation.ComputedRow;
import juesuan.calculation.ReportFigures;
import juesuan.model.CatalogEntry;
import juesuan.model.ColumnDef;
import juesuan.model.TableKind;
import juesuan.model.TableTemplate;
import juesuan.model.ZeroAmounts;
import juesuan.narrative.Profiles;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * The checks a typesetter would make of the document: the Word file's structure (headings, tables, fields, nothing
 * positioned), every figure in its table, row and column, LibreOffice's rendering of the Word file against the PDF,
 * and the PDF's table headers breaking only between words.
 */
final class DocumentCheck {
    private static final Set<String> HEADING_STYLES = Set.of("Heading1", "Heading2", "Heading3", "TableTitle");

    /** Where the tests leave the documents they render, to be looked at. */
    static final Path OUT = Path.of("target", "document-check");

    private DocumentCheck() {
    }

    /** A report's whole document, filled and exported as PDF and Word, both also written to {@link #OUT}. */
    record Rendered(String name, juesuan.model.Report report, ReportFigures figures, Document document, byte[] pdf, byte[] docx) {
        static Rendered of(String name, juesuan.model.Report r) throws IOException {
            ReportFigures f = new ReportFigures(r, juesuan.template.TemplateLoader.forReport(r));
            Document d = DocumentBuilder.build(r, f);
            Rendered c = new Rendered(name, r, f, d, d.export(Document.Format.PDF), d.export(Document.Format.DOCX));
            Files.createDirectories(OUT);
            Files.write(OUT.resolve(name + ".pdf"), c.pdf);
            Files.write(OUT.resolve(name + ".docx"), c.docx);
            return c;
        }

        /** The running header of its pages. */
        String header() {
            return juesuan.i18n.Msg.get("report.header", report.unit().getName(), report.fiscalYear());
        }

        /** Each page's text, without the running header, the page line and the marking line. */
        List<String> pages() throws IOException {
            return pageTexts(pdf, header());
        }
    }

    static String norm(String s) {
        return s == null ? "" : s.replaceAll("[\\s\u3000]+", "");
    }

    // ------------------------------------------------------------------ Word

    /** What is wrong with the Word file's structure; empty when nothing is. */
    static List<String> wordStructure(Document d, byte[] docx) throws IOException {
        List<String> problems = new ArrayList<>();
        try (XWPFDocument w = new XWPFDocument(new ByteArrayInputStream(docx))) {
            Set<String> headings = new HashSet<>();
            for (XWPFParagraph p : w.getParagraphs()) {
                if (p.getStyle() != null && HEADING_STYLES.contains(p.getStyle())) {
                    headings.add(norm(p.getText()));
                }
                if (p.getText().matches(".*第\\s*\\d+\\s*页.*")) {
                    problems.add("a page number typed into the text: " + p.getText());
                }
            }
            for (Document.Entry e : d.outline().subList(2, d.outline().size())) {
                String plain = norm(e.title());
                String withoutNumber = norm(e.title().replaceFirst("^\\S+表\\s+", ""));
                if (!headings.contains(plain) && !headings.contains(withoutNumber)) {
                    problems.add("not a Word heading: " + e.title());
                }
            }
            // every table part: its title a heading, followed by a Word table whose header rows repeat
            List<IBodyElement> body = w.getBodyElements();
            for (DocumentPart part : d.word().parts()) {
                if (part.tableCode() == null) {
                    continue;
                }
                String title = norm(String.valueOf(part.params().get("TITLE")));
                XWPFTable table = tableAfter(body, title);
                if (table == null) {
                    problems.add("no Word table after the heading " + title);
                } else if (!table.getRow(0).isRepeatHeader()) {
                    problems.add("the header of " + title + " does not repeat on a next page");
                }
            }
            String xml = w.getDocument().xmlText();
            // the 目录's page numbers are fields, each to a bookmark the document has: they follow Word's own layout
            java.util.regex.Matcher refs = java.util.regex.Pattern.compile(" PAGEREF (\\S+) ").matcher(xml);
            int count = 0;
            while (refs.find()) {
                count++;
                if (!xml.matches("(?s).*w:name=\"" + java.util.regex.Pattern.quote(refs.group(1)) + "\".*")) {
                    problems.add("the 目录 refers to a bookmark the document lacks: " + refs.group(1));
                }
            }
            if (count < d.outline().size() - 2) {
                problems.add("the 目录 has " + count + " page fields for " + (d.outline().size() - 2) + " entries");
            }
            if (xml.contains("<wp:anchor") || xml.contains("framePr")) {
                problems.add("something positioned absolutely in the body");
            }
            for (XWPFFooter f : w.getFooterList()) {
                String fx = f._getHdrFtr().xmlText();
                if (fx.contains("PAGE") && !(fx.contains(" PAGE ") && fx.contains(" NUMPAGES "))) {
                    problems.add("a footer's page line is not PAGE and NUMPAGES fields");
                }
            }
            if (w.getFooterList().stream().noneMatch(f -> f._getHdrFtr().xmlText().contains(" NUMPAGES "))) {
                problems.add("no footer with the page fields");
            }
        }
        return problems;
    }

    static XWPFTable tableAfter(List<IBodyElement> body, String heading) {
        for (int i = 0; i < body.size(); i++) {
            if (body.get(i) instanceof XWPFParagraph p && "TableTitle".equals(p.getStyle()) && norm(p.getText()).equals(heading)) {
                for (int k = i + 1; k < body.size(); k++) {
                    if (body.get(k) instanceof XWPFTable t) {
                        return t;
                    }
                }
            }
        }
        return null;
    }

    /**
     * Every figure of the tables with 功能分类 rows in its Word table, in the row of its code and name and the column of
     * its header; the blanks and zeros as printed.
     */
    static List<String> wordFigures(Document d, ReportFigures figures, String profile, byte[] docx) throws IOException {
        List<String> problems = new ArrayList<>();
        try (XWPFDocument w = new XWPFDocument(new ByteArrayInputStream(docx))) {
            for (TableTemplate t : figures.template().tables()) {
                if (t.kind() != TableKind.FUNCTION) {
                    continue;
                }
                XWPFTable table = tableAfter(w.getBodyElements(), norm(t.title()));
                if (table == null) {
                    problems.add(t.code() + ": no table");
                    continue;
                }
                for (ComputedRow r : figures.table(t.code()).rows()) {
                    String[] code = figures.template().functions().find(r.key()).map(CatalogEntry::codeParts)
                            .orElse(new String[] {"", "", ""});
                    XWPFTableRow row = null;
                    for (XWPFTableRow candidate : table.getRows()) {
                        if (candidate.isRepeatHeader() || candidate.getTableCells().size() < 4 + t.columns().size()) {
                            continue;
                        }
                        if (candidate.getCell(0).getText().equals(code[0]) && candidate.getCell(1).getText().equals(code[1])
                                && candidate.getCell(2).getText().equals(code[2]) && norm(candidate.getCell(3).getText()).equals(norm(r.label()))) {
                            row = candidate;
                            break;
                        }
                    }
                    if (row == null) {
                        problems.add(t.code() + ": no row " + r.code() + " " + r.label());
                        continue;
                    }
                    int i = 4;
                    ZeroAmounts zeros = Profiles.orDefault(profile).zeroAmounts();
                    for (ColumnDef c : t.columns()) {
                        String expected = zeros.display(r.value(c.key()));
                        String actual = row.getCell(i++).getText();
                        if (!expected.equals(actual)) {
                            problems.add(t.code() + " " + r.label() + " / " + c.label() + ": " + actual + " instead of " + expected);
                        }
                    }
                }
            }
        }
        return problems;
    }

    /**
     * Every figure of the tables with fixed rows in its Word table: the amounts follow the row's name in the table's
     * column order (公开01/04/06表 print two lists side by side, each name followed by its amounts); 公开07表's one row holds
     * 预算数 and 决算数 of each item in turn. Rows printed under another name (公开04表's 收入 side) are looked for and
     * skipped; each table must have most of its rows found.
     */
    static List<String> wordFixedFigures(Document d, ReportFigures figures, String profile, byte[] docx) throws IOException {
        List<String> problems = new ArrayList<>();
        ZeroAmounts zeros = Profiles.orDefault(profile).zeroAmounts();
        try (XWPFDocument w = new XWPFDocument(new ByteArrayInputStream(docx))) {
            for (TableTemplate t : figures.template().tables()) {
                if (t.kind() == TableKind.FUNCTION) {
                    continue;
                }
                XWPFTable table = tableAfter(w.getBodyElements(), norm(t.title()));
                if (table == null) {
                    problems.add(t.code() + ": no table");
                    continue;
                }
                List<ComputedRow> rows = figures.table(t.code()).rows();
                if ("T7".equals(t.code())) {
                    XWPFTableRow data = table.getRows().stream().filter(r -> !r.isRepeatHeader()).findFirst().orElseThrow();
                    int i = 0;
                    for (ComputedRow r : rows) {
                        for (ColumnDef c : t.columns()) {
                            String actual = data.getCell(i++).getText();
                            if (!zeros.display(r.value(c.key())).equals(actual)) {
                                problems.add("T7 " + r.label() + " / " + c.label() + ": " + actual);
                            }
                        }
                    }
                    continue;
                }
                List<List<String>> texts = new ArrayList<>();
                for (XWPFTableRow row : table.getRows()) {
                    if (!row.isRepeatHeader()) {
                        texts.add(row.getTableCells().stream().map(c -> c.getText()).toList());
                    }
                }
                problems.addAll(byName(t, rows, texts, zeros, ""));
            }
        }
        return problems;
    }

    /**
     * A fixed-row table's figures found after their row's name among printed rows of cell texts: the amounts follow the
     * name in the table's column order; most rows must be found.
     */
    private static List<String> byName(TableTemplate t, List<ComputedRow> rows, List<List<String>> printed, ZeroAmounts zeros,
                                       String where) {
        List<String> problems = new ArrayList<>();
        int found = 0;
        for (ComputedRow r : rows) {
            if (r.label() == null || r.label().isBlank()) {
                continue;
            }
            boolean seen = false;
            for (List<String> cells : printed) {
                for (int k = 0; k + 1 < cells.size() && !seen; k++) {
                    if (norm(cells.get(k)).equals(norm(r.label()))) {
                        seen = true;
                        int i = k + 1;
                        // 公开04表's 收入 side prints one amount after each name, its 支出 side four
                        List<ColumnDef> columns = "T4".equals(t.code()) && r.key().startsWith("in.")
                                ? List.of(t.column("total").orElseThrow()) : t.columns();
                        for (ColumnDef c : columns) {
                            String actual = i < cells.size() ? nz(cells.get(i++)) : "(no cell)";
                            if (!zeros.display(r.value(c.key())).equals(actual)) {
                                problems.add(t.code() + " " + r.label() + " / " + c.label() + ": " + actual + " instead of "
                                        + zeros.display(r.value(c.key())) + where);
                            }
                        }
                    }
                }
            }
            found += seen ? 1 : 0;
        }
        if (found * 2 < rows.size()) {
            problems.add(t.code() + ": only " + found + " of " + rows.size() + " rows found by their names" + where);
        }
        return problems;
    }

    /** The texts of a filled table's pages as rows of cells: grouped by their top on each page, in order across. */
    private static List<List<String>> printedRows(net.sf.jasperreports.engine.JasperPrint print, TemplateLayout l) {
        List<List<String>> rows = new ArrayList<>();
        for (var page : print.getPages()) {
            java.util.Map<Integer, java.util.TreeMap<Integer, String>> byTop = new java.util.TreeMap<>();
            for (var e : page.getElements()) {
                if (e instanceof net.sf.jasperreports.engine.JRPrintText text && e.getHeight() < 200) {
                    byTop.computeIfAbsent(e.getY(), y -> new java.util.TreeMap<>()).put(e.getX(), text.getFullText() == null ? ""
                            : text.getFullText());
                }
            }
            for (var row : byTop.values()) {
                rows.add(List.copyOf(row.values()));
            }
        }
        return rows;
    }

    /**
     * Every figure of the tables where the PDF's pages put it (the fixed-row tables by their rows' names, as in Word);
     * those with 功能分类 rows: the filled pages' texts grouped into
     * rows by their place on the page, each text in the column of the template's detail band whose place it has, each
     * row found by its codes and name.
     */
    static List<String> pdfFigures(Document d, ReportFigures figures, String profile) {
        List<String> problems = new ArrayList<>();
        ZeroAmounts zeros = Profiles.orDefault(profile).zeroAmounts();
        List<TableTemplate> templates = figures.template().tables();
        for (int k = 0; k < templates.size(); k++) {
            TableTemplate t = templates.get(k);
            net.sf.jasperreports.engine.JasperPrint print = d.tables().get(k);
            DocumentPart part = d.word().parts().stream().filter(p -> t.code().equals(p.tableCode())).findFirst().orElseThrow();
            TemplateLayout l = TemplateLayout.of(part.template());
            if (t.kind() != TableKind.FUNCTION) {
                if ("T7".equals(t.code())) {
                    List<String> data = printedRows(print, l).stream().filter(r -> r.size() == 2 * figures.table("T7").rows().size())
                            .reduce((a, b2) -> b2).orElse(List.of());
                    int i = 0;
                    for (ComputedRow r : figures.table("T7").rows()) {
                        for (ColumnDef c : t.columns()) {
                            String actual = i < data.size() ? nz(data.get(i++)) : "(no cell)";
                            if (!zeros.display(r.value(c.key())).equals(actual)) {
                                problems.add("T7 " + r.label() + " / " + c.label() + ": " + actual + " in the PDF");
                            }
                        }
                    }
                } else {
                    problems.addAll(byName(t, figures.table(t.code()).rows(), printedRows(print, l), zeros, " in the PDF"));
                }
                continue;
            }
            List<TemplateLayout.Item> columns = l.detail().getFirst().stream().filter(e -> !e.line())
                    .sorted(java.util.Comparator.comparingInt(TemplateLayout.Item::x)).toList();
            List<Integer> starts = columns.stream().map(TemplateLayout.Item::x).distinct().toList();
            // rows: the detail band's texts share their top on a page
            java.util.Map<String, String[]> rows = new java.util.LinkedHashMap<>();
            for (int page = 0; page < print.getPages().size(); page++) {
                java.util.Map<Integer, String[]> byTop = new java.util.TreeMap<>();
                for (var e : print.getPages().get(page).getElements()) {
                    if (!(e instanceof net.sf.jasperreports.engine.JRPrintText text)) {
                        continue;
                    }
                    int col = starts.indexOf(e.getX() - l.leftMargin());
                    if (col < 0 || e.getHeight() > 200) {
                        continue;
                    }
                    String[] row = byTop.computeIfAbsent(e.getY(), y -> new String[starts.size()]);
                    row[col] = text.getFullText() == null ? "" : text.getFullText();
                }
                for (String[] row : byTop.values()) {
                    if (row.length > 4 && row[3] != null) {
                        rows.putIfAbsent(nz(row[0]) + "|" + nz(row[1]) + "|" + nz(row[2]) + "|" + norm(row[3]), row);
                    }
                }
            }
            for (ComputedRow r : figures.table(t.code()).rows()) {
                String[] code = figures.template().functions().find(r.key()).map(CatalogEntry::codeParts).orElse(new String[] {"", "", ""});
                String[] row = rows.get(code[0] + "|" + code[1] + "|" + code[2] + "|" + norm(r.label()));
                if (row == null) {
                    problems.add(t.code() + ": no row " + r.code() + " " + r.label() + " in the PDF");
                    continue;
                }
                int i = 4;
                for (ColumnDef c : t.columns()) {
                    String expected = zeros.display(r.value(c.key()));
                    String actual = nz(row[i++]);
                    if (!expected.equals(actual)) {
                        problems.add(t.code() + " " + r.label() + " / " + c.label() + ": " + actual + " instead of " + expected + " in the PDF");
                    }
                }
            }
        }
        return problems;
    }

    private static String nz(String s) {
        return s == null ? "" : s.strip();
    }

    // ------------------------------------------------------------------ LibreOffice

    /** LibreOffice's soffice on the PATH, if installed. */
    static Optional<Path> soffice() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path p = Path.of(dir, "soffice");
            if (Files.isExecutable(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /**
     * Converts a Word file to PDF with LibreOffice, headless, with the document's bundled fonts standing in for the
     * Windows fonts the Word file names (宋体, 仿宋, 黑体), so the rendering is the same on every machine.
     */
    static Path convert(Path soffice, Path docx, Path work) throws IOException, InterruptedException {
        Path fonts = work.resolve("fonts");
        Files.createDirectories(fonts);
        for (String f : List.of("NotoSerifSC-Regular.ttf", "NotoSansSC-Bold.ttf")) {
            try (InputStream in = DocumentCheck.class.getResourceAsStream("/fonts/" + f)) {
                Files.copy(in, fonts.resolve(f), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        StringBuilder conf = new StringBuilder("<?xml version=\"1.0\"?>\n<fontconfig>\n")
                .append("<include ignore_missing=\"yes\">/etc/fonts/fonts.conf</include>\n")
                .append("<dir>").append(fonts.toAbsolutePath()).append("</dir>\n")
                .append("<cachedir>").append(work.resolve("fc-cache").toAbsolutePath()).append("</cachedir>\n");
        for (String[] alias : new String[][] {{"宋体", "Noto Serif SC"}, {"仿宋", "Noto Serif SC"}, {"黑体", "Noto Sans SC"},
                {"SimSun-ExtB", "Noto Serif SC"}}) {
            conf.append("<alias binding=\"same\"><family>").append(alias[0]).append("</family><prefer><family>").append(alias[1])
                    .append("</family></prefer></alias>\n");
        }
        conf.append("</fontconfig>\n");
        Path confFile = work.resolve("fonts.conf");
        Files.writeString(confFile, conf, StandardCharsets.UTF_8);
        Path out = work.resolve("lo");
        Files.createDirectories(out);
        ProcessBuilder pb = new ProcessBuilder(soffice.toString(), "-env:UserInstallation=" + work.resolve("profile").toUri(),
                "--headless", "--norestore", "--convert-to", "pdf", "--outdir", out.toString(), docx.toString());
        pb.environment().put("FONTCONFIG_FILE", confFile.toString());
        pb.redirectErrorStream(true);
        pb.redirectOutput(work.resolve("soffice.log").toFile());
        Process p = pb.start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("LibreOffice did not finish converting " + docx + " in 180 s");
        }
        Path pdf = out.resolve(docx.getFileName().toString().replaceFirst("\\.docx$", ".pdf"));
        if (!Files.exists(pdf)) {
            throw new IllegalStateException("LibreOffice made no PDF of " + docx + ": " + Files.readString(work.resolve("soffice.log")));
        }
        return pdf;
    }

    // ------------------------------------------------------------------ PDF

    /** Each page's text, without the running header, the page line and the marking line. */
    static List<String> pageTexts(byte[] pdf, String header) throws IOException {
        List<String> pages = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper s = new PDFTextStripper();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                s.setStartPage(p);
                s.setEndPage(p);
                StringBuilder text = new StringBuilder();
                for (String line : s.getText(doc).split("\\R")) {
                    String l = norm(line);
                    if (l.isEmpty() || l.matches("第\\d+页共\\d+页") || l.equals(norm(header)) || l.equals(norm(juesuan.i18n.Msg.get("report.draftFoot")))
                            || l.startsWith(norm(juesuan.i18n.Msg.get("report.checkCodeFoot", "")))) {
                        continue;
                    }
                    text.append(l).append('\n');
                }
                pages.add(text.toString());
            }
        }
        return pages;
    }

    /** The header words a header cell must not break inside (src/test/resources/document/header-words.txt). */
    static Set<String> headerWords() throws IOException {
        try (InputStream in = DocumentCheck.class.getResourceAsStream("/document/header-words.txt")) {
            Set<String> words = new HashSet<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    words.add(line.strip());
                }
            }
            return words;
        }
    }

    /**
     * Reads each column header cell of each table on the table's first page of the PDF, by the cell's place in the
     * template, and reports a cell whose lines break inside a word of the list.
     */
    static List<String> headerBreaks(Document d, byte[] pdf) throws IOException {
        Set<String> words = headerWords();
        List<String> problems = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (DocumentPart part : d.word().parts()) {
                if (part.tableCode() == null && !"performance_form".equals(part.template())) {
                    continue;
                }
                int page = d.outline().stream().filter(e -> e.title().equals(part.title())).findFirst().orElseThrow().page();
                TemplateLayout l = TemplateLayout.of(part.template());
                PDFTextStripperByArea s = new PDFTextStripperByArea();
                List<TemplateLayout.Item> cells = l.columnHeader().stream().filter(e -> e.staticText() != null).toList();
                for (int i = 0; i < cells.size(); i++) {
                    TemplateLayout.Item e = cells.get(i);
                    s.addRegion("c" + i, new Rectangle2D.Float(l.leftMargin() + e.x() + 0.5f, l.topMargin() + l.titleHeight() + e.y() + 0.5f,
                            e.width() - 1, e.height() - 1));
                }
                s.extractRegions(doc.getPage(page - 1));
                for (int i = 0; i < cells.size(); i++) {
                    String[] lines = s.getTextForRegion("c" + i).strip().split("\\R");
                    for (int k = 0; k + 1 < lines.length; k++) {
                        String a = lines[k].strip();
                        String b = lines[k + 1].strip();
                        if (!a.isEmpty() && !b.isEmpty() && words.contains(a.substring(a.length() - 1) + b.charAt(0))) {
                            problems.add(part.title() + ": " + cells.get(i).staticText() + " breaks inside "
                                    + a.substring(a.length() - 1) + b.charAt(0) + " (" + String.join("/", lines) + ")");
                        }
                        if (a.codePointCount(0, a.length()) == 1 && !a.isEmpty() || b.codePointCount(0, b.length()) == 1 && k + 2 == lines.length) {
                            problems.add(part.title() + ": " + cells.get(i).staticText() + " leaves one character on a line ("
                                    + String.join("/", lines) + ")");
                        }
                    }
                }
            }
        }
        return problems;
    }
}
