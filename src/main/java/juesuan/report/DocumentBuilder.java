package juesuan.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import juesuan.calculation.ComputedRow;
import juesuan.calculation.ComputedTable;
import juesuan.calculation.ProjectScore;
import juesuan.calculation.ReportFigures;
import juesuan.i18n.Msg;
import juesuan.model.CatalogEntry;
import juesuan.model.ColumnDef;
import juesuan.model.Indicator;
import juesuan.model.Money;
import juesuan.model.PerformanceProject;
import juesuan.model.Report;
import juesuan.model.TableTemplate;
import juesuan.model.ZeroAmounts;
import juesuan.narrative.Narrative;
import juesuan.narrative.NarrativeGenerator;
import juesuan.narrative.Paragraph;
import juesuan.narrative.Profile;
import juesuan.narrative.Profiles;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintFrame;
import net.sf.jasperreports.engine.JRPrintPage;
import net.sf.jasperreports.engine.JRPrintText;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.engine.util.JRLoader;

/**
 * Fills the whole document of a report: cover, 目录 with page numbers, the text, the nine 公开表 in their layouts,
 * one 绩效目标自评表 per project and the signature page, numbered 第 X 页 共 Y 页 across all parts.
 */
public final class DocumentBuilder {
    private static final Map<String, JasperReport> TEMPLATES = new ConcurrentHashMap<>();
    /** The 项目绩效自评 section; its forms print after the tables, so the text keeps only a pointer. */

    private DocumentBuilder() {
    }

    /**
     * Loads the templates and the bundled fonts (the slow part of a first render) on a background thread, so a
     * command or the preview can do other work meanwhile. Safe to call more than once.
     */
    public static Thread warmUp() {
        Thread t = new Thread(() -> {
            for (String name : List.of("text", "t1_summary", "t2_income", "t3_expenditure", "t4_fiscal_summary", "t5_general_budget",
                    "t6_basic", "t7_three_public", "t8_fund", "t9_state_capital", "performance_form", "contents", "cover", "signature")) {
                template(name + TemplateCompiler.PLAIN);
            }
            var fonts = net.sf.jasperreports.engine.fonts.FontUtil.getInstance(
                    net.sf.jasperreports.engine.DefaultJasperReportsContext.getInstance());
            fonts.getAwtFontFromBundles(FONT_FAMILY, java.awt.Font.PLAIN, 10f, java.util.Locale.SIMPLIFIED_CHINESE, true);
            fonts.getAwtFontFromBundles(FONT_FAMILY, java.awt.Font.BOLD, 10f, java.util.Locale.SIMPLIFIED_CHINESE, true);
        }, "report-warm-up");
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** The font family of the templates (jasper/*.jrxml, fonts/fonts.xml). */
    static final String FONT_FAMILY = "Juesuan Serif";

    /** A compiled template from the application's resources (never compiled at run time). */
    static JasperReport template(String name) {
        return TEMPLATES.computeIfAbsent(name, n -> {
            try (InputStream in = DocumentBuilder.class.getResourceAsStream("/reports/" + n + ".jasper")) {
                if (in == null) {
                    throw new IllegalStateException("missing compiled template /reports/" + n + ".jasper");
                }
                return (JasperReport) JRLoader.loadObject(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (JRException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    public static Document build(Report report, ReportFigures figures) {
        Profile profile = Profiles.orDefault(report.profile());
        Narrative narrative = NarrativeGenerator.generate(report, figures, profile);
        List<DocumentPart> parts = new ArrayList<>();
        String unit = report.unit().getName();
        int year = report.fiscalYear();

        // the parts in the profile's order (a region's document is data: its profile.json)
        for (Profile.Part spec : profile.document()) {
            switch (spec.kind()) {
                case "cover" -> parts.add(new DocumentPart("cover", null, null, new HashMap<>(Map.of("UNIT_NAME", unit,
                        "TITLE", java.text.MessageFormat.format(profile.phrase("coverTitle"), year),
                        "DATE_LINE", report.unit().getSupervisor() == null || report.unit().getSupervisor().isBlank() ? ""
                                : Msg.get("report.coverSupervisor", report.unit().getSupervisor()))), List.of()));
                case "text" -> parts.add(new DocumentPart("text", Msg.get("report.textPart"), null, new HashMap<>(),
                        textRows(narrative, spec, profile.formsSection())));
                case "tables" -> {
                    for (TableTemplate t : figures.template().tables()) {
                        parts.add(tablePart(report, figures, t, profile.zeroAmounts(), spec.headed()));
                    }
                }
                case "forms" -> {
                    int n = 0;
                    for (PerformanceProject p : report.projects()) {
                        parts.add(formPart(report, p, ++n));
                    }
                }
                case "signature" -> parts.add(new DocumentPart("signature", Msg.get("report.signature"), null,
                        new HashMap<>(Map.of("YEAR_TEXT", Msg.get("report.yearText", year), "UNIT_NAME", unit)), List.of()));
                default -> throw new IllegalStateException("document part " + spec.kind());
            }
        }

        String header = Msg.get("report.header", unit, year);
        // a document with characters beyond GBK anywhere (the 目录 repeats titles and headings) is filled as styled text
        // with the rare-character fonts, any other into the templates' plain variants (TemplateCompiler), as parsing
        // styled text is slow
        boolean rare = RareCharacters.needed(header) || parts.stream().anyMatch(DocumentBuilder::hasRareCharacters);
        // every part once; page numbers across the document are set afterwards
        List<JasperPrint> prints = fill(parts, header, null, rare);
        List<Map<String, ?>> contents = new ArrayList<>();
        int contentsPages = 1;
        for (int pass = 0; pass < 2; pass++) {
            contents = contents(parts, prints, 2 + contentsPages);
            JasperPrint toc = fill(new DocumentPart("contents", null, null, new HashMap<>(), contents), header, 1, 0, rare);
            if (toc.getPages().size() == contentsPages) {
                break;
            }
            contentsPages = toc.getPages().size();
        }
        int total = 1 + contentsPages;
        for (int i = 1; i < prints.size(); i++) {
            total += prints.get(i).getPages().size();
        }
        List<JasperPrint> numbered = new ArrayList<>();
        List<String> sheets = new ArrayList<>();
        List<JasperPrint> tables = new ArrayList<>();
        numbered.add(prints.get(0));
        numbered.add(fill(new DocumentPart("contents", null, null, new HashMap<>(), contents), header, 1, total, rare));
        int offset = 1 + contentsPages;
        for (int i = 1; i < parts.size(); i++) {
            JasperPrint p = prints.get(i);
            renumber(p, offset, total);
            numbered.add(p);
            if (parts.get(i).tableCode() != null) {
                tables.add(p);
                sheets.add(figures.template().requireTable(parts.get(i).tableCode()).shortTitle());
            }
            offset += p.getPages().size();
        }
        List<Document.Entry> outline = new ArrayList<>();
        outline.add(new Document.Entry(Msg.get("report.coverEntry"), 1, 1));
        outline.add(new Document.Entry(Msg.get("report.contentsEntry"), 2, 1));
        for (Map<String, ?> row : contents) {
            outline.add(new Document.Entry((String) row.get("title"), (Integer) row.get("page"), (Integer) row.get("level")));
        }
        List<DocumentPart> wordParts = List.copyOf(parts);
        WordSource word = new WordSource(wordParts, contents, header, profile.documentFonts());
        return new Document(numbered, tables, sheets, Msg.get("report.pdfTitle", unit, year), total, Marking.of(report), List.copyOf(outline),
                word, rare);
    }

    /** Fills the parts, two at a time (the machine's cores; every part is filled on its own). */
    private static List<JasperPrint> fill(List<DocumentPart> parts, String header, Integer total, boolean styled) {
        return parts.parallelStream().map(p -> fill(p, header, 0, total == null ? 0 : total, styled)).toList();
    }

    /** Fills a part: as styled text into the template as written, or as plain text into its plain variant. */
    private static JasperPrint fill(DocumentPart part, String header, int offset, int total, boolean styled) {
        Map<String, Object> params = styled ? styled(part.params()) : new HashMap<>(part.params());
        params.put("HEADER", styled ? RareCharacters.styled(header) : header);
        params.put("PAGE_OFFSET", offset);
        params.put("TOTAL_PAGES", total);
        List<Map<String, ?>> rows = styled ? part.rows().stream().<Map<String, ?>>map(DocumentBuilder::styled).toList() : part.rows();
        try {
            var filler = JasperFillManager.getInstance(styled ? RareCharacters.context()
                    : net.sf.jasperreports.engine.DefaultJasperReportsContext.getInstance());
            JasperReport template = template(part.template() + (styled ? "" : TemplateCompiler.PLAIN));
            params.put("COMPACT", false);
            JasperPrint print = filler.fill(template, params, new JRMapCollectionDataSource(new ArrayList<>(rows)));
            if (part.tableCode() != null && nearlyEmptyLastPage(print)) {
                // a table that would leave its last page nearly empty is set in its compact rows if that saves the page
                params.put("COMPACT", true);
                JasperPrint compact = filler.fill(template, params, new JRMapCollectionDataSource(new ArrayList<>(rows)));
                if (compact.getPages().size() < print.getPages().size()) {
                    print = compact;
                }
            }
            if (part.tableCode() != null) {
                // in the spreadsheet the tables keep their title and note, not the page header and footer
                print.setProperty("net.sf.jasperreports.export.xls.exclude.origin.band.header", "pageHeader");
                print.setProperty("net.sf.jasperreports.export.xls.exclude.origin.band.footer", "pageFooter");
            }
            return print;
        } catch (JRException e) {
            throw new IllegalStateException(part.template() + ": " + e.getMessage(), e);
        }
    }

    /** Whether a part has a character beyond GBK in its title, parameters or rows. */
    private static boolean hasRareCharacters(DocumentPart part) {
        return part.title() != null && RareCharacters.needed(part.title()) || needsStyling(part.params())
                || part.rows().stream().anyMatch(DocumentBuilder::needsStyling);
    }

    private static boolean needsStyling(Map<String, ?> values) {
        for (Object v : values.values()) {
            if (v instanceof String s && RareCharacters.needed(s)) {
                return true;
            }
        }
        return false;
    }

    /** A part of more than one page whose last page is filled less than a third (the page footer aside). */
    static boolean nearlyEmptyLastPage(JasperPrint print) {
        List<JRPrintPage> pages = print.getPages();
        if (pages.size() < 2) {
            return false;
        }
        int footerTop = print.getPageHeight() - (print.getBottomMargin() == null ? 0 : print.getBottomMargin()) - 24;
        int bottom = 0;
        for (JRPrintElement e : pages.getLast().getElements()) {
            if (e.getY() < footerTop) {
                bottom = Math.max(bottom, e.getY() + e.getHeight());
            }
        }
        return bottom < print.getPageHeight() / 3;
    }

    /** The texts of a part's parameters or row as the templates' styled text fields take them (RareCharacters). */
    private static Map<String, Object> styled(Map<String, ?> values) {
        Map<String, Object> out = new HashMap<>(values.size() + 4);
        for (Map.Entry<String, ?> e : values.entrySet()) {
            out.put(e.getKey(), e.getValue() instanceof String s && !"kind".equals(e.getKey()) ? RareCharacters.styled(s) : e.getValue());
        }
        return out;
    }

    /**
     * 目录: the text's main headings with their pages, then the tables under a heading of their own (not under the
     * text's last heading), the forms and the signature page.
     */
    private static List<Map<String, ?>> contents(List<DocumentPart> parts, List<JasperPrint> prints, int firstPage) {
        List<Map<String, ?>> rows = new ArrayList<>();
        int page = firstPage;
        boolean tablesHeaded = false;
        for (int i = 1; i < parts.size(); i++) {
            DocumentPart part = parts.get(i);
            JasperPrint print = prints.get(i);
            if ("text".equals(part.template())) {
                for (Map.Entry<String, Integer> a : anchors(print).entrySet()) {
                    rows.add(Map.of("title", a.getKey(), "page", page + a.getValue(), "level", 1));
                }
            } else if (part.title() != null) {
                if (part.tableCode() != null && !tablesHeaded && !part.headed()) {
                    rows.add(Map.of("title", Msg.get("report.tablesPart"), "page", page, "level", 1));
                    tablesHeaded = true;
                }
                rows.add(Map.of("title", part.title(), "page", page, "level", part.tableCode() != null ? 2 : 1));
            }
            page += print.getPages().size();
        }
        return rows;
    }

    /**
     * Sets 第 X 页 共 Y 页 in the footers of a part filled on its own (each part counts from 1 and knows no total):
     * the footer texts the templates print are rewritten with the place of each page in the whole document.
     */
    private static void renumber(JasperPrint print, int offset, int total) {
        List<JRPrintPage> pages = print.getPages();
        for (int i = 0; i < pages.size(); i++) {
            String text = Msg.get("report.pageOf", offset + i + 1, total);
            for (JRPrintElement e : pages.get(i).getElements()) {
                if (e instanceof JRPrintText t && t.getFullText() != null && FOOTER.matcher(t.getFullText()).matches()) {
                    t.setText(text);
                }
            }
        }
    }

    private static final java.util.regex.Pattern FOOTER = java.util.regex.Pattern.compile(Msg.get("report.pageOfPattern"));

    /** Heading text → page index (0-based) of the anchors the text part set on its main headings. */
    static Map<String, Integer> anchors(JasperPrint print) {
        Map<String, Integer> out = new LinkedHashMap<>();
        List<JRPrintPage> pages = print.getPages();
        for (int i = 0; i < pages.size(); i++) {
            collect(pages.get(i).getElements(), i, out);
        }
        return out;
    }

    private static void collect(List<JRPrintElement> elements, int page, Map<String, Integer> out) {
        for (JRPrintElement e : elements) {
            if (e instanceof JRPrintText t && t.getAnchorName() != null) {
                // a heading broken early to keep its last line (keepHeadingLines) is one line again in the 目录
                out.putIfAbsent(RareCharacters.plain(t.getFullText(), t.getMarkup() != null && !"none".equals(t.getMarkup()))
                        .replace("\n", ""), page);
            } else if (e instanceof JRPrintFrame f) {
                collect(f.getElements(), page, out);
            }
        }
    }

    /**
     * The rows of a text part: the paragraphs from the heading {@code spec.from()} up to {@code spec.until()} (the
     * title line first when the part starts at the beginning); the 自评表 under {@code formsSection} print as forms.
     */
    private static List<Map<String, ?>> textRows(Narrative n, Profile.Part spec, String formsSection) {
        List<Map<String, ?>> rows = new ArrayList<>();
        boolean in = spec.from() == null;
        if (in) {
            rows.add(row("kind", "title", "text", n.title()));
        }
        for (Paragraph p : n.paragraphs()) {
            if (p.key().equals(spec.from())) {
                in = true;
            } else if (p.key().equals(spec.until())) {
                break;
            }
            if (!in || formsSection != null && p.key().startsWith(formsSection + ".")) {
                continue; // outside the part, or a 自评表 (printed as forms after the tables)
            }
            if (p.heading()) {
                Map<String, Object> r = row("kind", "h" + Math.min(3, p.level()), "text", p.text());
                if (p.level() == 1) {
                    r.put("anchor", "h:" + p.key());
                }
                rows.add(r);
                if (p.key().equals(formsSection)) {
                    rows.add(row("kind", "p", "text", Msg.get("report.formsAttached")));
                }
            } else {
                rows.add(row("kind", "p", "text", p.text()));
            }
        }
        keepHeadingLines(rows);
        return rows;
    }

    /**
     * Titles and headings that would leave one character alone on their last line break earlier (measured as the text
     * template sets each kind); the Word document keeps the plain text, Word lays out its own lines.
     */
    private static void keepHeadingLines(List<Map<String, ?>> rows) {
        TemplateLayout text = TemplateLayout.of("text");
        for (Map<String, ?> row : rows) {
            if ("p".equals(row.get("kind"))) {
                continue;
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> r = (Map<String, Object>) row;
            TemplateLayout.Item item = text.detail().stream().flatMap(List::stream)
                    .filter(e -> !e.line() && TemplateLayout.prints(e, Map.of(), r)).findFirst().orElse(null);
            String plain = (String) r.get("text");
            if (item == null || plain == null) {
                continue;
            }
            String kept = LineFit.keepLastLine(plain, item.fontSize(), item.bold(), item.width(), item.firstLineIndent());
            if (!kept.equals(plain)) {
                r.put("text", kept);
                r.put("plain", plain);
            }
        }
    }

    private static Map<String, Object> row(Object... kv) {
        Map<String, Object> m = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    private static DocumentPart tablePart(Report report, ReportFigures figures, TableTemplate t, ZeroAmounts z, boolean headed) {
        ComputedTable table = figures.table(t.code());
        Map<String, Object> params = new HashMap<>();
        params.put("UNIT_NAME", report.unit().getName());
        params.put("TITLE", t.title());
        params.put("NUMBER", t.number());
        params.put("NOTE", t.note());
        if (!t.emptyNote().isEmpty() && report.table(t.code()).cells().isEmpty()) {
            params.put("EMPTY_NOTE", java.text.MessageFormat.format(t.emptyNote(), report.unit().getName()));
        }
        // the four tables of their own shape are set as their layouts say; the 功能分类 tables one row per code
        List<Map<String, ?>> rows = switch (t.layout()) {
            case "t1_summary" -> summaryRows(table, z);
            case "t4_fiscal_summary" -> fiscalRows(table, t, z);
            case "t6_basic" -> basicRows(table, figures, z);
            case "t7_three_public" -> threePublicRows(table, z);
            default -> functionRows(table, t, figures, z);
        };
        return new DocumentPart(t.layout(), t.number() + "  " + t.title(), t.code(), params, rows, headed);
    }

    private static List<Map<String, ?>> functionRows(ComputedTable table, TableTemplate t, ReportFigures figures, ZeroAmounts z) {
        List<Map<String, ?>> rows = new ArrayList<>();
        for (ComputedRow r : table.rows()) {
            Map<String, Object> m = new HashMap<>();
            String[] parts = figures.template().functions().find(r.key()).map(CatalogEntry::codeParts)
                    .orElse(new String[] {"", "", ""});
            m.put("c1", parts[0]);
            m.put("c2", parts[1]);
            m.put("c3", parts[2]);
            m.put("name", "　".repeat(Math.max(0, r.level() - 1)) + r.label());
            m.put("bold", r.level() <= 1);
            int i = 1;
            for (ColumnDef c : t.columns()) {
                m.put("v" + i++, z.printed(r.value(c.key())));
            }
            rows.add(m);
        }
        return rows;
    }

    private static List<Map<String, ?>> summaryRows(ComputedTable table, ZeroAmounts z) {
        List<ComputedRow> left = new ArrayList<>();
        List<ComputedRow> right = new ArrayList<>();
        for (ComputedRow r : table.rows()) {
            (r.key().startsWith("in.") ? left : right).add(r);
        }
        // the four closing rows stand side by side: 本年合计, 结余, 结转, 总计
        List<ComputedRow> leftTop = left.subList(0, left.size() - 4);
        List<ComputedRow> rightTop = right.subList(0, right.size() - 4);
        List<Map<String, ?>> rows = new ArrayList<>();
        int n = Math.max(leftTop.size(), rightTop.size());
        for (int i = 0; i < n; i++) {
            rows.add(pair(i < leftTop.size() ? leftTop.get(i) : null, i < rightTop.size() ? rightTop.get(i) : null, "amount", z));
        }
        for (int i = 0; i < 4; i++) {
            rows.add(pair(left.get(left.size() - 4 + i), right.get(right.size() - 4 + i), "amount", z));
        }
        return rows;
    }

    private static Map<String, Object> pair(ComputedRow l, ComputedRow r, String column, ZeroAmounts z) {
        Map<String, Object> m = new HashMap<>();
        m.put("lname", l == null ? null : l.label());
        m.put("lv1", l == null ? null : z.printed(l.value(column)));
        m.put("lbold", l != null && l.level() == 0);
        m.put("rname", r == null ? null : r.label());
        m.put("rv1", r == null ? null : z.printed(r.value(column)));
        m.put("rbold", r != null && r.level() == 0);
        return m;
    }

    private static List<Map<String, ?>> fiscalRows(ComputedTable table, TableTemplate t, ZeroAmounts z) {
        List<ComputedRow> classes = table.rows().stream().filter(r -> r.key().startsWith("out.") && !r.code().isEmpty()).toList();
        String[] funds = {"gpb", "gf", "soc"};
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < classes.size(); i++) {
            Map<String, Object> m = fiscalRight(classes.get(i), false, z);
            if (i < funds.length) {
                m.put("lname", juesuan.template.TemplateLoader.numeral(i + 1) + "、" + t.column(funds[i]).orElseThrow().label());
                m.put("lv1", z.printed(table.value("in.year", funds[i])));
            }
            rows.add(m);
        }
        Map<String, Object> totals = fiscalRight(table.row("out.total").orElseThrow(), true, z);
        totals.put("lname", Msg.get("report.t4.incomeTotal"));
        totals.put("lv1", z.printed(table.value("in.year", "total")));
        totals.put("lbold", true);
        rows.add(totals);
        Map<String, Object> carry = fiscalRight(table.row("out.carry").orElseThrow(), false, z);
        carry.put("lname", table.row("in.carry").orElseThrow().label());
        carry.put("lv1", z.printed(table.value("in.carry", "total")));
        rows.add(carry);
        for (String f : funds) {
            Map<String, Object> m = new HashMap<>(Map.of("lbold", false, "rbold", false));
            m.put("lname", "　　" + t.column(f).orElseThrow().label());
            m.put("lv1", z.printed(table.value("in.carry", f)));
            rows.add(m);
        }
        Map<String, Object> grand = fiscalRight(table.row("out.grand").orElseThrow(), true, z);
        grand.put("lname", Msg.get("report.t4.grand"));
        grand.put("lv1", z.printed(table.value("in.grand", "total")));
        grand.put("lbold", true);
        rows.add(grand);
        return new ArrayList<>(rows);
    }

    private static Map<String, Object> fiscalRight(ComputedRow r, boolean bold, ZeroAmounts z) {
        Map<String, Object> m = new HashMap<>();
        m.put("rname", r.key().equals("out.grand") ? Msg.get("report.t4.grand") : r.label());
        m.put("rv1", z.printed(r.value("total")));
        m.put("rv2", z.printed(r.value("gpb")));
        m.put("rv3", z.printed(r.value("gf")));
        m.put("rv4", z.printed(r.value("soc")));
        m.put("rbold", bold);
        m.put("lbold", false);
        return m;
    }

    private static List<Map<String, ?>> basicRows(ComputedTable table, ReportFigures figures, ZeroAmounts z) {
        List<ComputedRow> left = new ArrayList<>();
        List<ComputedRow> right = new ArrayList<>();
        for (ComputedRow r : table.rows()) {
            if (r.code().isEmpty()) {
                continue;
            }
            String cls = r.code().substring(0, 3);
            ("301".equals(cls) || "303".equals(cls) ? left : right).add(r);
        }
        List<Map<String, ?>> rows = new ArrayList<>();
        for (int i = 0; i < Math.max(left.size(), right.size()); i++) {
            ComputedRow l = i < left.size() ? left.get(i) : null;
            ComputedRow r = i < right.size() ? right.get(i) : null;
            Map<String, Object> m = new HashMap<>();
            m.put("lcode", l == null ? null : l.code());
            m.put("lname", l == null ? null : (l.level() > 1 ? "　" : "") + l.label());
            m.put("lv1", l == null ? null : z.printed(l.value("amount")));
            m.put("lbold", l != null && l.computed());
            m.put("rcode", r == null ? null : r.code());
            m.put("rname", r == null ? null : (r.level() > 1 ? "　" : "") + r.label());
            m.put("rv1", r == null ? null : z.printed(r.value("amount")));
            m.put("rbold", r != null && r.computed());
            rows.add(m);
        }
        Map<String, Object> totals = new HashMap<>();
        totals.put("lname", table.row("personnel").orElseThrow().label());
        totals.put("lv1", z.printed(table.value("personnel", "amount")));
        totals.put("lbold", true);
        totals.put("rname", table.row("public").orElseThrow().label());
        totals.put("rv1", z.printed(table.value("public", "amount")));
        totals.put("rbold", true);
        rows.add(totals);
        return rows;
    }

    private static List<Map<String, ?>> threePublicRows(ComputedTable table, ZeroAmounts z) {
        Map<String, Object> m = new HashMap<>();
        String[] rows = {"total", "trip", "car", "carBuy", "carRun", "reception"};
        int i = 1;
        for (String r : rows) {
            m.put("v" + i++, z.printed(table.value(r, "budget")));
            m.put("v" + i++, z.printed(table.value(r, "actual")));
        }
        return List.of(m);
    }

    private static DocumentPart formPart(Report report, PerformanceProject p, int n) {
        ProjectScore score = ProjectScore.of(p);
        Map<String, Object> params = new HashMap<>();
        params.put("FORM_TITLE", Msg.get("report.formTitle", report.fiscalYear()));
        // in a 汇总 each project says which member carried it out
        params.put("PROJECT", p.getImplementingUnit().isBlank() || p.getImplementingUnit().equals(report.unit().getName())
                ? p.getName() : Msg.get("report.projectWithUnit", p.getName(), p.getImplementingUnit()));
        params.put("DEPARTMENT", p.getDepartment());
        params.put("OFFICE", p.getFinanceOffice());
        params.put("CONTACT", p.getContactPerson());
        params.put("PHONE", p.getContactPhone());
        params.put("TOTAL_SCORE", Money.format(score.total(), 2, false));
        params.put("T_INITIAL", wanText(p.getTotalInitial()));
        params.put("T_ADJUSTED", wanText(p.getTotalAdjusted()));
        params.put("T_EXECUTED", wanText(p.getTotalExecuted()));
        params.put("F_INITIAL", wanText(p.getFiscalInitial()));
        params.put("F_ADJUSTED", wanText(p.getFiscalAdjusted()));
        params.put("F_EXECUTED", wanText(p.getFiscalExecuted()));
        params.put("RATE", trimmed(score.executionRate()) + "%");
        params.put("WEIGHT", trimmed(p.getExecutionWeight()));
        params.put("RATE_SCORE", trimmed(score.executionScore()));
        params.put("GOAL_INITIAL", p.getGoalInitial());
        params.put("GOAL_ADJUSTED", p.getGoalAdjusted());
        params.put("GOAL_ACHIEVED", p.getGoalAchieved());
        List<Map<String, ?>> rows = new ArrayList<>();
        for (ProjectScore.IndicatorScore s : score.indicators()) {
            Indicator i = s.indicator();
            Map<String, Object> m = new HashMap<>();
            m.put("name", i.name());
            m.put("unit", i.measureUnit());
            m.put("nature", i.nature().symbol());
            m.put("target", trimmed(i.targetValue()));
            m.put("actual", trimmed(i.actualValue()));
            m.put("deviation", trimmed(s.deviation()));
            m.put("coefficient", trimmed(s.coefficient()));
            m.put("weight", trimmed(i.weight()));
            m.put("score", trimmed(s.score()));
            m.put("note", i.note());
            rows.add(m);
        }
        return new DocumentPart("performance_form", Msg.get("report.formEntry", n, p.getName()), null, params, rows);
    }

    private static String wanText(BigDecimal yuan) {
        return yuan == null ? "" : trimmed(Money.yuanToWan(yuan));
    }

    private static String trimmed(BigDecimal v) {
        if (v == null) {
            return "";
        }
        BigDecimal r = v.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return (r.scale() < 0 ? r.setScale(0) : r).toPlainString();
    }
}
