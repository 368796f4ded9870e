package juesuan.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import juesuan.calculation.ReportFigures;
import juesuan.i18n.Msg;
import juesuan.model.PerformanceProject;
import juesuan.model.Report;
import juesuan.model.TableTemplate;
import juesuan.narrative.Narrative;
import juesuan.narrative.NarrativeGenerator;
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

    private DocumentBuilder() {
    }

    /**
     * Loads the templates and the bundled fonts (the slow part of a first render) on a background thread, so a
     * command or the preview can do other work meanwhile. Safe to call more than once.
     */
    public static Thread warmUp() {
        Thread t = new Thread(() -> {
            List<String> names = new ArrayList<>(List.of("cover", "contents", "text", "performance_form", "signature"));
            // the tables' layouts as the newest year's template names them
            List<Integer> years = juesuan.template.TemplateLoader.availableYears();
            juesuan.template.TemplateLoader.load(years.getLast()).tables().forEach(table -> names.add(table.layout()));
            for (String name : names) {
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
                        "TITLE", java.text.MessageFormat.format(profile.phrase("coverTitle"), year))), List.of()));
                case "text" -> parts.add(new DocumentPart("text", Msg.get("report.textPart"), null, new HashMap<>(),
                        TextPart.rows(narrative, spec, profile.formsSection())));
                case "tables" -> {
                    // the text's heading that titles the tables (第二部分 …) prints atop the first of them
                    String heading = spec.heading() == null ? null : narrative.paragraph(spec.heading()).text();
                    for (TableTemplate t : figures.template().tables()) {
                        parts.add(TablePart.of(report, figures, t, profile.zeroAmounts(), heading));
                        heading = null;
                    }
                }
                case "forms" -> {
                    int n = 0;
                    for (PerformanceProject p : report.projects()) {
                        parts.add(FormPart.of(report, p, ++n));
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
            // a heading that would end a page goes over to the next with the text it heads
            for (int i = 0; i < 3 && "text".equals(part.template()) && TextPart.breakBeforeOrphanHeadings(print, part.rows()); i++) {
                rows = styled ? part.rows().stream().<Map<String, ?>>map(DocumentBuilder::styled).toList() : part.rows();
                print = filler.fill(template, params, new JRMapCollectionDataSource(new ArrayList<>(rows)));
            }
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
                if (part.partHeading() != null) {
                    rows.add(Map.of("title", part.partHeading(), "page", page, "level", 1));
                    tablesHeaded = true;
                } else if (part.tableCode() != null && !tablesHeaded) {
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
                out.putIfAbsent(RareCharacters.plain(t)
                        .replace("\n", ""), page);
            } else if (e instanceof JRPrintFrame f) {
                collect(f.getElements(), page, out);
            }
        }
    }
}
