package juesuan.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import juesuan.i18n.Msg;
import juesuan.report.TemplateLayout.Item;
import net.sf.jasperreports.engine.type.HorizontalTextAlignEnum;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHdrFtrRef;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblCellMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHdrFtr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabTlc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;

/**
 * Writes the document as Word edits it: flowing paragraphs in Word's heading and body styles, the 目录 as a TOC
 * field, the tables as Word tables with repeating header rows, wide tables in landscape sections, page numbers as
 * PAGE and NUMPAGES fields in the footer, and nothing positioned absolutely. Every part is written from its template's
 * layout ({@link TemplateLayout}) with the parameters and rows the PDF is filled with, so both say the same.
 */
final class WordWriter {
    /** Twentieths of a point, Word's measure. */
    private static final int TWIPS = 20;
    /** Word's style ids of the text's kinds of paragraph (text.jrxml's {@code kind}). */
    private static final Map<String, String> TEXT_STYLES = Map.of("title", "Title", "h1", "Heading1", "h2", "Heading2", "h3",
            "Heading3", "p", "BodyText");
    /** The kinds of the text's rows that are lines of a table (jasper/text.jrxml): heading line and body lines. */
    private static final java.util.Set<String> TABLE_KINDS = java.util.Set.of("th", "td");

    private final XWPFDocument doc = new XWPFDocument();
    private final WordSource source;
    private final Marking marking;
    private final String bodyFont;
    private final String headingFont;
    private final String latinFont;
    private final String rareFont;
    /** The sections written so far, each closed by its properties. */
    private final List<CTSectPr> sections = new ArrayList<>();
    private boolean landscape;
    private boolean sectionJustStarted = true;

    private WordWriter(WordSource source, Marking marking) {
        this.source = source;
        this.marking = marking;
        Map<String, String> f = source.fonts();
        this.bodyFont = f.get("body");
        this.headingFont = f.get("heading");
        this.latinFont = f.get("latin");
        this.rareFont = f.get("rare");
    }

    static byte[] write(WordSource source, Marking marking, String title) {
        WordWriter w = new WordWriter(source, marking);
        try (XWPFDocument doc = w.doc) {
            doc.getProperties().getCoreProperties().setTitle(title);
            doc.getProperties().getCoreProperties().setCreator(Msg.get("app.title"));
            w.styles();
            w.body();
            w.fillContents();
            w.furniture();
            doc.enforceUpdateFields(); // Word sets the 目录's page numbers (PAGEREF) from its own layout when it opens the file
            ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---------------------------------------------------------------- the parts

    private void body() {
        List<DocumentPart> parts = source.parts();
        boolean tablesHeaded = false;
        for (int i = 0; i < parts.size(); i++) {
            DocumentPart part = parts.get(i);
            TemplateLayout l = TemplateLayout.of(part.template());
            if (i == 1) {
                // the cover is a section of its own, without the running header; the 目录 follows it on its own page
                // and margins, as the PDF lays it out
                closeSection(true);
                sectionLayout = TemplateLayout.of("contents");
                contents();
            }
            if (i > 0) {
                startPart(l);
            }
            switch (part.template()) {
                case "text" -> text(l, part);
                default -> {
                    if (part.partHeading() != null) {
                        // the tables' heading as the profile names it (第二部分 …), a heading of the Word 目录
                        heading("Heading1", part.partHeading());
                        tablesHeaded = true;
                        Map<String, Object> params = new java.util.HashMap<>(part.params());
                        params.remove(DocumentPart.PART_HEADING);
                        part = new DocumentPart(part.template(), part.title(), part.tableCode(), params, part.rows());
                    } else if (part.tableCode() != null && !tablesHeaded) {
                        heading("Heading1", Msg.get("report.tablesPart"));
                        tablesHeaded = true;
                    } else if (part.tableCode() == null && part.title() != null && !printsOwnTitle(l, part)) {
                        heading("Heading1", part.title());
                    }
                    generic(l, part);
                }
            }
        }
        finished = true;
        closeSection(false);
    }

    /** Whether a part's template prints a line saying its title (the 签 字 页): that line is then its heading. */
    private static boolean printsOwnTitle(TemplateLayout l, DocumentPart part) {
        return l.title().stream().anyMatch(e -> e.staticText() != null && same(e.staticText(), part.title()));
    }

    private static boolean same(String a, String b) {
        return a != null && b != null && a.replaceAll("[\\s\u3000]", "").equals(b.replaceAll("[\\s\u3000]", ""));
    }

    /**
     * A part begins on a new page; a part whose page or margins differ from the section's (a wide table in landscape, an
     * upright table with the narrower margins of its PDF page) in a new section of its own page, so that it is laid out
     * as wide as the PDF lays it out.
     */
    private void startPart(TemplateLayout l) {
        if (!sameGeometry(l, sectionLayout)) {
            closeSection(false);
            sectionLayout = l;
            landscape = l.landscape();
        } else if (!sectionJustStarted) {
            XWPFParagraph p = doc.createParagraph();
            p.setPageBreak(true);
            pPr(p).addNewSpacing().setAfter(BigInteger.ZERO); // the one pPr setPageBreak made (a second one is not valid Word)
            sectionJustStarted = true;
            pendingBreak = p;
            return;
        }
        sectionJustStarted = true;
    }

    /**
     * A paragraph made only to carry a page break; the part's first paragraph takes the break over (keeping the page
     * free of an empty line at its top).
     */
    private XWPFParagraph pendingBreak;

    private XWPFParagraph paragraph() {
        XWPFParagraph p;
        if (pendingBreak != null) {
            p = pendingBreak;
            pendingBreak = null;
        } else {
            p = doc.createParagraph();
        }
        sectionJustStarted = false;
        return p;
    }

    /** The 情况说明: each row a paragraph in the style of its kind. */
    private void text(TemplateLayout l, DocumentPart part) {
        List<Map<String, ?>> tableRows = new ArrayList<>();
        for (Map<String, ?> row : part.rows()) {
            if (TABLE_KINDS.contains(row.get("kind"))) {
                tableRows.add(row); // a table set in the text (单位构成): its lines become one Word table
                continue;
            }
            textTable(l, part, tableRows);
            Item item = l.detail().stream().flatMap(List::stream).filter(e -> !e.line() && TemplateLayout.prints(e, part.params(), row))
                    .findFirst().orElseThrow();
            // a heading the PDF breaks early (LineFit) keeps its plain text here: Word lays out its own lines
            Object v = row.containsKey("plain") ? row.get("plain") : TemplateLayout.value(item, part.params(), row);
            if (v == null) {
                continue;
            }
            XWPFParagraph p = paragraph();
            p.setStyle(TEXT_STYLES.getOrDefault(String.valueOf(row.get("kind")), "BodyText"));
            run(p, v.toString(), null, null);
        }
        textTable(l, part, tableRows);
    }

    /** The lines of a table in the text gathered so far, as one Word table laid out like the template's cells. */
    private void textTable(TemplateLayout l, DocumentPart part, List<Map<String, ?>> rows) {
        if (rows.isEmpty()) {
            return;
        }
        List<Item> cells = l.detail().stream().flatMap(List::stream)
                .filter(e -> !e.line() && rows.stream().anyMatch(r -> TemplateLayout.prints(e, part.params(), r))).toList();
        grid(List.of(), cells, part.params(), Map.of(), List.copyOf(rows));
        rows.clear();
    }

    /** The 目录's entry paragraphs, filled once the body is written ({@link #fillContents}). */
    private final List<XWPFParagraph> contentsEntries = new ArrayList<>();
    /** Where the 目录 ends: the body's headings are looked for after it. */
    private XWPFParagraph contentsEnd;

    /**
     * The 目录: an entry per heading in the 目录 styles, filled after the body ({@link #fillContents}); each entry's page
     * number is a PAGEREF field to a bookmark on its heading, showing the PDF's page until Word or LibreOffice lays the
     * document out and sets the page the heading falls on (Word updates the fields when the file is opened). Not a TOC
     * field: LibreOffice keeps a TOC field's entries as text, page numbers included, so they would not follow an edit.
     */
    private void contents() {
        TemplateLayout l = TemplateLayout.of("contents");
        Item title = l.title().stream().filter(e -> e.staticText() != null).findFirst().orElseThrow();
        XWPFParagraph head = paragraph();
        head.setStyle("TOCHeading");
        run(head, title.staticText(), null, null);
        for (Map<String, ?> e : source.contents()) {
            XWPFParagraph p = paragraph();
            int level = ((Number) e.get("level")).intValue();
            p.setStyle(level <= 1 ? "TOC1" : "TOC2");
            contentsEntries.add(p);
        }
        if (contentsEntries.isEmpty()) {
            contentsEntries.add(paragraph());
        }
        contentsEnd = contentsEntries.getLast();
    }

    /**
     * Fills the 目录 now that the headings are written: each entry's heading gets a bookmark, and the entry its title,
     * a tab and a PAGEREF field to that bookmark (its result the PDF's page). An entry whose heading is not found keeps
     * its page as plain text.
     */
    private void fillContents() {
        List<Map<String, ?>> entries = source.contents();
        List<XWPFParagraph> body = doc.getParagraphs();
        int from = body.indexOf(contentsEnd) + 1;
        for (int i = 0; i < entries.size(); i++) {
            String title = String.valueOf(entries.get(i).get("title"));
            String page = String.valueOf(entries.get(i).get("page"));
            XWPFParagraph p = contentsEntries.get(i);
            run(p, title, null, null);
            p.createRun().addTab();
            int at = from;
            while (at < body.size() && !heads(body.get(at), title)) {
                at++;
            }
            if (at < body.size()) {
                String name = "_TocJs" + (i + 1);
                bookmark(body.get(at), name, i + 1);
                pageRef(p, name, page);
                from = at + 1;
            } else {
                run(p, page, null, null);
            }
        }
    }

    /** Whether a paragraph is the heading of a 目录 entry: its text, or a table's title under its number (公开01表 …). */
    private static boolean heads(XWPFParagraph p, String title) {
        String text = p.getText();
        if (same(text, title)) {
            return true;
        }
        String t = text == null ? "" : text.replaceAll("[\\s\u3000]", "");
        return "TableTitle".equals(p.getStyle()) && !t.isEmpty() && title.replaceAll("[\\s\u3000]", "").endsWith(t);
    }

    /** A bookmark at a heading (a heading is one line, kept with what follows: its end is on its page). */
    private static void bookmark(XWPFParagraph p, String name, int id) {
        CTP ctp = p.getCTP();
        org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark start = ctp.addNewBookmarkStart();
        start.setName(name);
        start.setId(BigInteger.valueOf(id));
        ctp.addNewBookmarkEnd().setId(BigInteger.valueOf(id));
    }

    /** PAGEREF to a bookmark, with the page it shows until the document is laid out. */
    private void pageRef(XWPFParagraph p, String bookmark, String page) {
        CTP ctp = p.getCTP();
        ctp.addNewR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        CTText instr = ctp.addNewR().addNewInstrText();
        instr.setStringValue(" PAGEREF " + bookmark + " \\h ");
        instr.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
        ctp.addNewR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        run(p, page, null, null);
        ctp.addNewR().addNewFldChar().setFldCharType(STFldCharType.END);
    }

    /** A part laid out from its template's bands: title lines and grids, the table, the notes under it. */
    private void generic(TemplateLayout l, DocumentPart part) {
        Map<String, Object> params = part.params();
        List<Item> title = l.title().stream().filter(e -> !e.pageFurniture() && !fullWidthRule(l, e)).toList();
        flow(l, title, params, Map.of(), part.title());
        List<Item> header = l.columnHeader();
        if (!header.isEmpty() || l.detail().stream().anyMatch(b -> b.stream().anyMatch(Item::bordered))) {
            table(l, header, part);
        }
        flow(l, l.summary(), params, Map.of(), null);
    }

    private static boolean fullWidthRule(TemplateLayout l, Item e) {
        return e.line() && e.width() >= l.columnWidth() && e.y() < 24;
    }

    /**
     * Items of a band in reading order: those without borders as paragraphs (items side by side in one paragraph,
     * the later ones at tab stops; a drawn line beside a label as a ruled tab), each run of bordered items as a table.
     */
    private void flow(TemplateLayout l, List<Item> items, Map<String, ?> params, Map<String, ?> row, String partTitle) {
        List<Item> visible = items.stream().filter(e -> TemplateLayout.prints(e, params, row)).sorted(Comparator.comparingInt(Item::y)
                .thenComparingInt(Item::x)).toList();
        int bottom = 0;
        int i = 0;
        while (i < visible.size()) {
            Item first = visible.get(i);
            if (first.bordered()) {
                List<Item> grid = new ArrayList<>();
                while (i < visible.size() && visible.get(i).bordered()) {
                    grid.add(visible.get(i++));
                }
                grid(grid, List.of(), params, row, List.of());
                bottom = grid.stream().mapToInt(Item::bottom).max().orElse(bottom);
                continue;
            }
            List<Item> line = new ArrayList<>();
            int lineBottom = first.bottom();
            // side by side: a text starting in the upper half of the line's first item, or a drawn line within it
            while (i < visible.size() && !visible.get(i).bordered() && (visible.get(i).line() ? visible.get(i).y() <= lineBottom
                    : visible.get(i).y() < first.y() + first.height() / 2)) {
                line.add(visible.get(i));
                lineBottom = Math.max(lineBottom, visible.get(i).bottom());
                i++;
            }
            if (line(l, line, params, row, Math.max(0, first.y() - bottom), partTitle)) {
                bottom = lineBottom;
            }
        }
    }

    /** One line of unbordered items as a paragraph; false when nothing on it prints. */
    private boolean line(TemplateLayout l, List<Item> items, Map<String, ?> params, Map<String, ?> row, int spaceBefore,
                         String partTitle) {
        List<Item> sorted = items.stream().sorted(Comparator.comparingInt(Item::x)).toList();
        List<Object[]> texts = new ArrayList<>();
        for (Item e : sorted) {
            if (e.line()) {
                texts.add(new Object[] {e, null});
                continue;
            }
            Object v = TemplateLayout.value(e, params, row);
            String s = v == null ? "" : format(v, e.pattern());
            if (!s.isBlank()) {
                texts.add(new Object[] {e, s});
            }
        }
        if (texts.stream().noneMatch(t -> t[1] != null)) {
            return false;
        }
        XWPFParagraph p = paragraph();
        CTPPr ppr = pPr(p);
        (ppr.isSetSpacing() ? ppr.getSpacing() : ppr.addNewSpacing()).setBefore(BigInteger.valueOf((long) spaceBefore * TWIPS));
        ppr.getSpacing().setAfter(BigInteger.ZERO);
        Item lead = (Item) texts.getFirst()[0];
        if (texts.size() == 1) {
            p.setAlignment(alignment(lead.align()));
            if (lead.x() > 0 && alignment(lead.align()) == ParagraphAlignment.LEFT) {
                p.setIndentationLeft(fit(l, lead.x()) * TWIPS);
            }
            if (lead.firstLineIndent() > 0) {
                p.setIndentationFirstLine(lead.firstLineIndent() * TWIPS);
            }
            if ("$P{TITLE}".equals(lead.expression())) {
                p.setStyle("TableTitle"); // a table's title: its heading
            } else if (same((String) texts.getFirst()[1], partTitle)) {
                p.setStyle("Heading1");
            }
            run(p, (String) texts.getFirst()[1], lead.fontSize(), lead.bold());
            return true;
        }
        if (lead.x() > 0) {
            p.setIndentationLeft(fit(l, lead.x()) * TWIPS);
        }
        for (int k = 0; k < texts.size(); k++) {
            Item e = (Item) texts.get(k)[0];
            String s = (String) texts.get(k)[1];
            if (k > 0) {
                CTTabStop tab = (ppr.isSetTabs() ? ppr.getTabs() : ppr.addNewTabs()).addNewTab();
                if (e.line()) {
                    tab.setVal(STTabJc.LEFT);
                    tab.setPos(BigInteger.valueOf((long) fit(l, e.right()) * TWIPS));
                    tab.setLeader(STTabTlc.UNDERSCORE);
                } else if (e.align() == HorizontalTextAlignEnum.RIGHT) {
                    tab.setVal(STTabJc.RIGHT);
                    tab.setPos(BigInteger.valueOf((long) fit(l, e.right()) * TWIPS));
                } else {
                    tab.setVal(STTabJc.LEFT);
                    tab.setPos(BigInteger.valueOf((long) fit(l, e.x()) * TWIPS));
                }
                p.createRun().addTab();
            }
            if (s != null) {
                run(p, s, e.fontSize(), e.bold());
            }
        }
        return true;
    }

    /** The table of a part: the column header (repeated on every page) and a row per data row. */
    private void table(TemplateLayout l, List<Item> header, DocumentPart part) {
        List<Item> detail = new ArrayList<>();
        l.detailFor(part.params()).forEach(detail::addAll);
        grid(header, detail, part.params(), Map.of(), part.rows());
    }

    /**
     * A Word table: the columns are the distinct left and right edges of the items; the fixed items (a column header,
     * or a form's grid) make rows by their distinct tops and bottoms, a cell spanning columns or rows merged; the
     * detail items make one row per data row, below them. With a detail, the fixed rows repeat on every page.
     */
    private void grid(List<Item> fixedItems, List<Item> detailItems, Map<String, ?> params, Map<String, ?> fixedRow,
                      List<Map<String, ?>> rows) {
        List<Item> fixed = fixedItems.stream().filter(e -> !e.line()).toList();
        List<Item> detail = detailItems.stream().filter(e -> !e.line()).toList();
        boolean withRows = !detail.isEmpty();
        TreeSet<Integer> xs = new TreeSet<>();
        for (Item e : fixed) {
            xs.add(e.x());
            xs.add(e.right());
        }
        for (Item e : detail) {
            xs.add(e.x());
            xs.add(e.right());
        }
        List<Integer> edges = new ArrayList<>(xs);
        List<Integer> at = scaled(edges);

        XWPFTable t = doc.createTable();
        sectionJustStarted = false;
        pendingBreakIntoTable();
        CTTblPr tpr = t.getCTTbl().getTblPr() == null ? t.getCTTbl().addNewTblPr() : t.getCTTbl().getTblPr();
        if (tpr.isSetTblBorders()) {
            tpr.unsetTblBorders();
        }
        if (tpr.isSetTblLayout()) {
            tpr.unsetTblLayout();
        }
        if (tpr.isSetJc()) {
            tpr.unsetJc();
        }
        if (tpr.isSetTblCellMar()) {
            tpr.unsetTblCellMar();
        }
        tpr.addNewTblLayout().setType(STTblLayoutType.FIXED);
        if (!tpr.isSetTblW()) {
            tpr.addNewTblW();
        }
        tpr.getTblW().setType(STTblWidth.DXA);
        tpr.getTblW().setW(BigInteger.valueOf((long) at.getLast() * TWIPS));
        tpr.addNewJc().setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STJcTable.CENTER);
        borders(tpr);
        CTTblCellMar mar = tpr.addNewTblCellMar();
        mar.addNewLeft().setW(BigInteger.valueOf(4 * TWIPS));
        mar.getLeft().setType(STTblWidth.DXA);
        mar.addNewRight().setW(BigInteger.valueOf(4 * TWIPS));
        mar.getRight().setType(STTblWidth.DXA);
        mar.addNewTop().setW(BigInteger.valueOf(TWIPS));
        mar.getTop().setType(STTblWidth.DXA);
        mar.addNewBottom().setW(BigInteger.valueOf(TWIPS));
        mar.getBottom().setType(STTblWidth.DXA);
        CTTblGrid g = t.getCTTbl().getTblGrid() == null ? t.getCTTbl().addNewTblGrid() : t.getCTTbl().getTblGrid();
        for (int c = 0; c + 1 < edges.size(); c++) {
            g.addNewGridCol().setW(BigInteger.valueOf((long) (at.get(c + 1) - at.get(c)) * TWIPS));
        }
        // the fixed rows (a header, or a form's grid) by their distinct tops and bottoms
        TreeSet<Integer> ys = new TreeSet<>();
        for (Item e : fixed) {
            ys.add(e.y());
            ys.add(e.bottom());
        }
        List<Integer> yEdges = new ArrayList<>(ys);
        boolean first = true;
        for (int r = 0; r + 1 < yEdges.size(); r++) {
            XWPFTableRow row = first ? t.getRow(0) : t.createRow();
            first = false;
            clear(row);
            if (withRows) {
                row.setRepeatHeader(true);
            }
            row.setCantSplitRow(true);
            int top = yEdges.get(r);
            for (int c = 0; c + 1 < edges.size(); ) {
                final int cx = edges.get(c);
                final int cy = top;
                Item e = fixed.stream().filter(it -> it.x() <= cx && cx < it.right() && it.y() <= cy && cy < it.bottom()).findFirst()
                        .orElse(null);
                int span = e == null ? 1 : spanOf(edges, e);
                XWPFTableCell cell = row.addNewTableCell();
                CTTcPr tc = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
                width(tc, at, c, span);
                if (e == null) {
                    c++;
                    continue;
                }
                if (e.bottom() > yEdges.get(r + 1)) {
                    tc.addNewVMerge().setVal(e.y() == top ? STMerge.RESTART : STMerge.CONTINUE);
                } else if (e.y() < top) {
                    tc.addNewVMerge().setVal(STMerge.CONTINUE);
                }
                if (e.y() == top) {
                    fillCell(cell, tc, e, params, fixedRow);
                } else {
                    cell.getParagraphs().getFirst().setSpacingAfter(0);
                }
                c += span;
            }
        }
        for (Map<String, ?> data : rows) {
            XWPFTableRow row = first ? t.getRow(0) : t.createRow();
            first = false;
            clear(row);
            row.setCantSplitRow(true);
            List<Item> printing = detail.stream().filter(e -> TemplateLayout.prints(e, params, data)).toList();
            for (int c = 0; c + 1 < edges.size(); ) {
                final int cx = edges.get(c);
                Item e = printing.stream().filter(it -> it.x() <= cx && cx < it.right()).findFirst().orElse(null);
                int span = e == null ? 1 : spanOf(edges, e);
                XWPFTableCell cell = row.addNewTableCell();
                CTTcPr tc = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
                width(tc, at, c, span);
                if (e != null) {
                    fillCell(cell, tc, e, params, data);
                } else {
                    cell.getParagraphs().getFirst().setSpacingAfter(0);
                }
                c += span;
            }
        }
        // a paragraph after the table keeps the next table or section apart from it
        XWPFParagraph after = doc.createParagraph();
        after.setSpacingAfter(0);
        after.setSpacingBefore(0);
        pPr(after).addNewRPr().addNewSz().setVal(BigInteger.valueOf(8));
    }

    /** A place across a template's column, fitted to the section's text width when the template is wider. */
    private int fit(TemplateLayout l, int x) {
        int width = textWidth();
        return l.columnWidth() <= width ? x : x * width / l.columnWidth();
    }

    private int textWidth() {
        return sectionLayout.pageWidth() - sectionLayout.leftMargin() - sectionLayout.rightMargin();
    }

    private static boolean sameGeometry(TemplateLayout a, TemplateLayout b) {
        return a.pageWidth() == b.pageWidth() && a.pageHeight() == b.pageHeight() && a.leftMargin() == b.leftMargin()
                && a.rightMargin() == b.rightMargin() && a.topMargin() == b.topMargin() && a.bottomMargin() == b.bottomMargin();
    }

    /** Column edges fitted to the section's text width (a portrait table laid out for narrower margins). */
    private List<Integer> scaled(List<Integer> edges) {
        int width = textWidth();
        int origin = edges.getFirst();
        int span = edges.getLast() - origin;
        if (span <= width) {
            return edges.stream().map(x -> x - origin).toList();
        }
        return edges.stream().map(x -> (x - origin) * width / span).toList();
    }

    /** A page break waiting for the part's first paragraph, when the part starts with a table: Word breaks before the table. */
    private void pendingBreakIntoTable() {
        if (pendingBreak != null) {
            // the break paragraph stays before the table, as small as Word allows
            pendingBreak.getCTP().getPPr().addNewRPr().addNewSz().setVal(BigInteger.valueOf(2));
            pendingBreak = null;
        }
    }

    private static void clear(XWPFTableRow row) {
        while (!row.getTableCells().isEmpty()) {
            row.removeCell(0);
        }
        row.getCtRow().getTcList().clear();
    }

    private static int spanOf(List<Integer> edges, Item e) {
        return Math.max(1, edges.indexOf(e.right()) - edges.indexOf(e.x()));
    }

    private static void width(CTTcPr tc, List<Integer> edges, int c, int span) {
        tc.addNewTcW().setW(BigInteger.valueOf((long) (edges.get(c + span) - edges.get(c)) * TWIPS));
        tc.getTcW().setType(STTblWidth.DXA);
        if (span > 1) {
            tc.addNewGridSpan().setVal(BigInteger.valueOf(span));
        }
    }

    private void fillCell(XWPFTableCell cell, CTTcPr tc, Item e, Map<String, ?> params, Map<String, ?> row) {
        tc.addNewVAlign().setVal(STVerticalJc.CENTER);
        if (e.shaded()) {
            tc.addNewShd().setVal(STShd.CLEAR);
            tc.getShd().setFill("F0F0F0");
        }
        XWPFParagraph p = cell.getParagraphs().getFirst();
        p.setStyle("TableText");
        p.setAlignment(alignment(e.align()));
        Object v = TemplateLayout.value(e, params, row);
        String s = v == null ? "" : format(v, e.pattern());
        if (!s.isEmpty()) {
            run(p, s, e.fontSize(), e.bold());
        }
    }

    private static void borders(CTTblPr tpr) {
        CTTblBorders b = tpr.addNewTblBorders();
        for (CTBorder border : new CTBorder[] {b.addNewTop(), b.addNewLeft(), b.addNewBottom(), b.addNewRight(), b.addNewInsideH(),
                b.addNewInsideV()}) {
            border.setVal(STBorder.SINGLE);
            border.setSz(BigInteger.valueOf(4));
            border.setColor("000000");
        }
    }

    private static String format(Object v, String pattern) {
        if (v instanceof BigDecimal d && pattern != null) {
            DecimalFormat f = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
            f.setRoundingMode(java.math.RoundingMode.HALF_UP);
            return f.format(d);
        }
        return v.toString();
    }

    private static ParagraphAlignment alignment(HorizontalTextAlignEnum a) {
        if (a == null) {
            return ParagraphAlignment.LEFT;
        }
        return switch (a) {
            case CENTER -> ParagraphAlignment.CENTER;
            case RIGHT -> ParagraphAlignment.RIGHT;
            case JUSTIFIED -> ParagraphAlignment.BOTH;
            default -> ParagraphAlignment.LEFT;
        };
    }

    private void heading(String style, String text) {
        XWPFParagraph p = paragraph();
        p.setStyle(style);
        run(p, text, null, null);
    }

    /**
     * Text as runs: bold text in the heading font as the PDF prints it, and characters beyond the basic plane (CJK
     * extension B and later) in a font that has them.
     */
    private void run(XWPFParagraph p, String text, Float size, Boolean bold) {
        int start = 0;
        while (start < text.length()) {
            boolean rare = Character.isSupplementaryCodePoint(text.codePointAt(start));
            int end = start;
            while (end < text.length() && Character.isSupplementaryCodePoint(text.codePointAt(end)) == rare) {
                end += Character.charCount(text.codePointAt(end));
            }
            XWPFRun r = p.createRun();
            String[] lines = text.substring(start, end).split("\n", -1);
            for (int k = 0; k < lines.length; k++) {
                if (k > 0) {
                    r.addBreak(); // a line break the template sets (a column header broken between its words)
                }
                r.setText(lines[k], k);
            }
            if (size != null) {
                r.setFontSize(size.doubleValue());
            }
            if (Boolean.TRUE.equals(bold)) {
                r.setBold(true);
                fonts(rPr(r.getCTR()), rare ? rareFont : headingFont, rare ? rareFont : latinFont);
            } else if (rare) {
                fonts(rPr(r.getCTR()), rareFont, rareFont);
            }
            start = end;
        }
    }

    private static CTRPr rPr(CTR r) {
        return r.isSetRPr() ? r.getRPr() : r.addNewRPr();
    }

    private static CTPPr pPr(XWPFParagraph p) {
        return p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
    }

    private static void fonts(CTRPr rpr, String eastAsia, String latin) {
        CTFonts f = rpr.sizeOfRFontsArray() > 0 ? rpr.getRFontsArray(0) : rpr.addNewRFonts();
        f.setEastAsia(eastAsia);
        f.setAscii(latin);
        f.setHAnsi(latin);
        f.setCs(latin);
    }

    // ---------------------------------------------------------------- sections, header and footer

    /**
     * Ends the section written so far: its properties go into its last paragraph (a table's closing paragraph when it
     * ends with a table), the last section's into the body. {@code cover}: the cover's section, which has no running
     * header and page line.
     */
    private void closeSection(boolean cover) {
        CTSectPr s;
        if (finished) {
            s = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                    : doc.getDocument().getBody().addNewSectPr();
        } else {
            List<IBodyElement> body = doc.getBodyElements();
            XWPFParagraph last = body.isEmpty() || !(body.getLast() instanceof XWPFParagraph p) ? doc.createParagraph() : p;
            s = pPr(last).addNewSectPr();
        }
        TemplateLayout l = sectionLayout;
        var size = s.addNewPgSz();
        size.setW(BigInteger.valueOf((long) l.pageWidth() * TWIPS));
        size.setH(BigInteger.valueOf((long) l.pageHeight() * TWIPS));
        if (landscape) {
            size.setOrient(STPageOrientation.LANDSCAPE);
        }
        var m = s.addNewPgMar();
        m.setLeft(BigInteger.valueOf((long) l.leftMargin() * TWIPS));
        m.setRight(BigInteger.valueOf((long) l.rightMargin() * TWIPS));
        // the running header and the page line stand in the margins, as in the PDF
        m.setTop(BigInteger.valueOf((long) (l.topMargin() + 22) * TWIPS));
        m.setBottom(BigInteger.valueOf((long) (l.bottomMargin() + 20) * TWIPS));
        m.setHeader(BigInteger.valueOf((long) l.topMargin() * TWIPS));
        m.setFooter(BigInteger.valueOf((long) l.bottomMargin() * TWIPS));
        m.setGutter(BigInteger.ZERO);
        if (cover) {
            s.addNewTitlePg();
            coverSection = s;
        }
        sections.add(s);
        sectionJustStarted = true;
    }

    /** The template whose page and margins the portrait sections take (the 情况说明's). */
    private static final String PORTRAIT = "text";
    private CTSectPr coverSection;
    /** The page and margins of the section being written (each part's template's, see {@link #startPart}). */
    private TemplateLayout sectionLayout = TemplateLayout.of(PORTRAIT);
    private boolean finished;

    /** The running header and the page line in every section after the cover; the marking on every page. */
    private void furniture() throws IOException {
        XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph hp = header.createParagraph();
        hp.setStyle("Header");
        run(hp, source.header(), null, null);
        XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph fp = footer.createParagraph();
        fp.setStyle("Footer");
        pageLine(fp);
        XWPFHeader coverHeader = doc.createHeader(HeaderFooterType.FIRST);
        XWPFFooter coverFooter = doc.createFooter(HeaderFooterType.FIRST);
        for (XWPFFooter f : List.of(footer, coverFooter)) {
            XWPFParagraph m = f.createParagraph();
            m.setStyle("Marking");
            run(m, marking.checkCode().map(c -> Msg.get("report.checkCodeFoot", c)).orElseGet(() -> Msg.get("report.draftFoot")), null,
                    null);
        }
        if (marking.draft()) {
            CTP watermark = watermarkParagraph();
            for (XWPFHeader h : List.of(header, coverHeader)) {
                h.createParagraph().getCTP().set(watermark.copy());
            }
        }
        if (coverHeader.getParagraphs().isEmpty()) {
            coverHeader.createParagraph();
        }
        String headerId = doc.getRelationId(header);
        String footerId = doc.getRelationId(footer);
        String coverHeaderId = doc.getRelationId(coverHeader);
        String coverFooterId = doc.getRelationId(coverFooter);
        for (CTSectPr s : sections) {
            s.getHeaderReferenceList().clear();
            s.getFooterReferenceList().clear();
            boolean cover = s == coverSection;
            if (!cover && s.isSetTitlePg()) {
                s.unsetTitlePg(); // set by POI on the body's section when it made the cover's header
            }
            ref(s.addNewHeaderReference(), cover ? STHdrFtr.FIRST : STHdrFtr.DEFAULT, cover ? coverHeaderId : headerId);
            ref(s.addNewFooterReference(), cover ? STHdrFtr.FIRST : STHdrFtr.DEFAULT, cover ? coverFooterId : footerId);
        }
    }

    private static void ref(CTHdrFtrRef r, STHdrFtr.Enum type, String id) {
        r.setType(type);
        r.setId(id);
    }

    /** Word's watermark paragraph (the shape POI makes for a header), with the draft words. */
    private static CTP watermarkParagraph() throws IOException {
        try (XWPFDocument scratch = new XWPFDocument()) {
            org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy policy = scratch.createHeaderFooterPolicy();
            policy.createWatermark(Msg.get("report.draftWatermark"));
            String xml = policy.getDefaultHeader().getParagraphArray(0).getCTP().xmlText();
            // light and slanted, as the PDF's watermark, so the text under it stays readable on paper
            xml = xml.replace("fillcolor=\"black\"", "fillcolor=\"#E8B4B4\"").replace("position:absolute;",
                    "position:absolute;rotation:315;");
            try {
                CTP p = CTP.Factory.parse(xml);
                if (p.isSetPPr() && p.getPPr().isSetPStyle()) {
                    p.getPPr().unsetPStyle(); // not the running header's style, with its rule under it
                }
                return p;
            } catch (org.apache.xmlbeans.XmlException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d)[^}]*\\}");

    /** 第 X 页 共 Y 页 with X and Y as Word's PAGE and NUMPAGES fields. */
    private void pageLine(XWPFParagraph p) {
        String pattern = Msg.bundle().getString("report.pageOf");
        Matcher m = PLACEHOLDER.matcher(pattern);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) {
                run(p, pattern.substring(at, m.start()), null, null);
            }
            CTSimpleField f = p.getCTP().addNewFldSimple();
            f.setInstr("0".equals(m.group(1)) ? " PAGE " : " NUMPAGES ");
            f.addNewR().addNewT().setStringValue("1");
            at = m.end();
        }
        if (at < pattern.length()) {
            run(p, pattern.substring(at), null, null);
        }
    }

    // ---------------------------------------------------------------- styles

    private void styles() {
        XWPFStyles styles = doc.createStyles();
        CTFonts defaults = CTFonts.Factory.newInstance();
        defaults.setEastAsia(bodyFont);
        defaults.setAscii(latinFont);
        defaults.setHAnsi(latinFont);
        defaults.setCs(latinFont);
        styles.setDefaultFonts(defaults);
        styles.setEastAsia("zh-CN");
        styles.setSpellingLanguage("zh-CN");
        style(styles, "Normal", "Normal", null, 12, false, -1, p -> {
            p.addNewSpacing().setAfter(BigInteger.ZERO);
            p.getSpacing().setLine(BigInteger.valueOf(240));
            p.getSpacing().setLineRule(STLineSpacingRule.AUTO);
        });
        style(styles, "Title", "Title", "Normal", 16, true, -1, p -> {
            p.addNewJc().setVal(STJc.CENTER);
            p.addNewSpacing().setBefore(BigInteger.valueOf(240));
            p.getSpacing().setAfter(BigInteger.valueOf(240));
        });
        style(styles, "Heading1", "heading 1", "Normal", 14, true, 0, p -> {
            p.addNewKeepNext();
            p.addNewSpacing().setBefore(BigInteger.valueOf(240));
            p.getSpacing().setAfter(BigInteger.valueOf(120));
        });
        style(styles, "Heading2", "heading 2", "Normal", 12, true, 1, p -> {
            p.addNewKeepNext();
            p.addNewInd().setFirstLine(BigInteger.valueOf(24L * TWIPS));
            p.addNewSpacing().setBefore(BigInteger.valueOf(120));
            p.getSpacing().setAfter(BigInteger.valueOf(60));
        });
        style(styles, "Heading3", "heading 3", "Normal", 12, true, 2, p -> {
            p.addNewKeepNext();
            p.addNewInd().setFirstLine(BigInteger.valueOf(24L * TWIPS));
            p.addNewSpacing().setBefore(BigInteger.valueOf(60));
            p.getSpacing().setAfter(BigInteger.valueOf(60));
        });
        // the body text: first line indented two characters, justified, 1.4 lines as the PDF sets it
        style(styles, "BodyText", "Body Text", "Normal", 12, false, -1, p -> {
            p.addNewInd().setFirstLine(BigInteger.valueOf(24L * TWIPS));
            p.addNewJc().setVal(STJc.BOTH);
            p.addNewSpacing().setLine(BigInteger.valueOf(336));
            p.getSpacing().setLineRule(STLineSpacingRule.AUTO);
            p.getSpacing().setAfter(BigInteger.ZERO);
        });
        // a table's (or a form's) title: a heading of the second level, centred as printed
        style(styles, "TableTitle", "heading 2 table", "Heading2", 15, true, 1, p -> {
            p.addNewJc().setVal(STJc.CENTER);
            p.addNewInd().setFirstLine(BigInteger.ZERO);
        });
        // a table's line is as high as the PDF's (16 pt with the cell's margins) whatever fonts the machine has: exact
        // line spacing, since a CJK fallback font with tall ascent and descent would make every row, and so the pages,
        // grow (LibreOffice without 宋体 laid 公开04表 out on two pages)
        style(styles, "TableText", "Table Text", "Normal", 9, false, -1, p -> {
            p.addNewSpacing().setAfter(BigInteger.ZERO);
            p.getSpacing().setLine(BigInteger.valueOf(13 * TWIPS));
            p.getSpacing().setLineRule(STLineSpacingRule.EXACT);
        });
        style(styles, "TOCHeading", "TOC Heading", "Normal", 20, true, -1, p -> {
            p.addNewJc().setVal(STJc.CENTER);
            p.addNewSpacing().setAfter(BigInteger.valueOf(360));
        });
        for (int level = 1; level <= 2; level++) {
            int indent = (level - 1) * 24 * TWIPS;
            // the title wraps where the PDF's does (80 pt short of the margin, the page numbers' column); the
            // page number stands at the margin, as the PDF prints it
            style(styles, "TOC" + level, "toc " + level, "Normal", 12, level == 1, -1, p -> {
                p.addNewInd().setLeft(BigInteger.valueOf(indent));
                p.getInd().setRight(BigInteger.valueOf(80L * TWIPS));
                p.addNewSpacing().setBefore(BigInteger.valueOf(80));
                CTTabStop tab = p.addNewTabs().addNewTab();
                tab.setVal(STTabJc.RIGHT);
                tab.setLeader(STTabTlc.DOT);
                tab.setPos(BigInteger.valueOf(435L * TWIPS));
            });
        }
        style(styles, "Header", "header", "Normal", 8, false, -1, p -> {
            p.addNewJc().setVal(STJc.RIGHT);
            var bottom = p.addNewPBdr().addNewBottom();
            bottom.setVal(STBorder.SINGLE);
            bottom.setSz(BigInteger.valueOf(4));
        });
        style(styles, "Footer", "footer", "Normal", 9, false, -1, p -> p.addNewJc().setVal(STJc.CENTER));
        style(styles, "Marking", "Marking", "Footer", 8, false, -1, p -> p.addNewJc().setVal(STJc.RIGHT));
    }

    private void style(XWPFStyles styles, String id, String name, String basedOn, int points, boolean bold, int outline,
                       java.util.function.Consumer<CTPPrGeneral> paragraph) {
        CTStyle s = CTStyle.Factory.newInstance();
        s.setStyleId(id);
        s.setType(STStyleType.PARAGRAPH);
        s.addNewName().setVal(name);
        if (basedOn != null) {
            s.addNewBasedOn().setVal(basedOn);
        }
        if ("Normal".equals(id)) {
            s.setDefault(true);
        }
        s.addNewQFormat();
        CTPPrGeneral ppr = s.addNewPPr();
        paragraph.accept(ppr);
        if (outline >= 0) {
            ppr.addNewOutlineLvl().setVal(BigInteger.valueOf(outline));
        }
        CTRPr rpr = s.addNewRPr();
        if (bold) {
            rpr.addNewB();
            fonts(rpr, headingFont, latinFont);
        }
        rpr.addNewSz().setVal(BigInteger.valueOf(points * 2L));
        rpr.addNewSzCs().setVal(BigInteger.valueOf(points * 2L));
        styles.addStyle(new XWPFStyle(s, styles));
    }
}
