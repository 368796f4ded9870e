package juesuan.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import juesuan.i18n.Msg;
import juesuan.narrative.Narrative;
import juesuan.narrative.Paragraph;
import juesuan.narrative.Profile;
import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintPage;
import net.sf.jasperreports.engine.JRPrintText;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;

/**
 * The rows of a text part (jasper/text.jrxml): the title, headings (h1 … h3), paragraphs (p) and the lines of a
 * table set in the text (th, td: 序号 | 单位名称 | 备注).
 */
final class TextPart {
    /** The kinds whose lines are kept whole (LineFit); paragraphs and table cells wrap as they fall. */
    private static final Set<String> HEADINGS = Set.of("title", "h1", "h2", "h3");

    private TextPart() {
    }

    /**
     * The rows of a text part: the paragraphs from the heading {@code spec.from()} up to {@code spec.until()} (the
     * title line first when the part starts at the beginning); the 自评表 under {@code formsSection} print as forms.
     */
    static List<Map<String, ?>> rows(Narrative n, Profile.Part spec, String formsSection) {
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
            if (p.tableRow()) {
                List<String> cells = p.row().cells();
                Map<String, Object> r = row("kind", p.row().header() ? "th" : "td", "text", p.text());
                for (int i = 0; i < cells.size(); i++) {
                    r.put("c" + (i + 1), cells.get(i));
                }
                rows.add(r);
            } else if (p.heading()) {
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
            if (!HEADINGS.contains(row.get("kind"))) {
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

    /**
     * Marks the rows that must start a new page so that no heading ends a page (the headings just before a page's
     * break go over with the text they head); true when a row was newly marked and the part needs filling again.
     * Pages are read in order, each page's lowest text matched to the rows from where the last match was.
     */
    static boolean breakBeforeOrphanHeadings(JasperPrint print, List<Map<String, ?>> rows) {
        JasperReport text = DocumentBuilder.template("text" + TemplateCompiler.PLAIN);
        int top = print.getTopMargin() + text.getPageHeader().getHeight();
        int bottom = print.getPageHeight() - print.getBottomMargin() - text.getPageFooter().getHeight();
        boolean marked = false;
        int from = 0;
        List<JRPrintPage> pages = print.getPages();
        for (int p = 0; p + 1 < pages.size(); p++) {
            JRPrintText last = null;
            for (JRPrintElement e : pages.get(p).getElements()) {
                if (e instanceof JRPrintText t && t.getY() >= top && t.getY() < bottom && (last == null || t.getY() >= last.getY())) {
                    last = t;
                }
            }
            if (last == null) {
                continue;
            }
            String printed = RareCharacters.plain(last);
            int at = -1;
            for (int i = from; i < rows.size(); i++) {
                if (HEADINGS.contains(rows.get(i).get("kind")) && printed.equals(rows.get(i).get("text"))) {
                    at = i;
                    break;
                }
            }
            if (at < 0) {
                continue; // the page ends with text, not with a heading
            }
            int first = at;
            while (first > 0 && HEADINGS.contains(rows.get(first - 1).get("kind")) && !"title".equals(rows.get(first - 1).get("kind"))) {
                first--;
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> r = (Map<String, Object>) rows.get(first);
            if (first > 0 && !Boolean.TRUE.equals(r.get("breakBefore"))) {
                r.put("breakBefore", true);
                marked = true;
            }
            from = at + 1;
        }
        return marked;
    }

    private static Map<String, Object> row(Object... kv) {
        Map<String, Object> m = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}
