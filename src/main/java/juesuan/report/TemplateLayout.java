package juesuan.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.jasperreports.engine.JRBand;
import net.sf.jasperreports.engine.JRElement;
import net.sf.jasperreports.engine.JRExpression;
import net.sf.jasperreports.engine.JRLine;
import net.sf.jasperreports.engine.JRStaticText;
import net.sf.jasperreports.engine.JRTextElement;
import net.sf.jasperreports.engine.JRTextField;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.type.HorizontalTextAlignEnum;
import net.sf.jasperreports.engine.type.ModeEnum;

/**
 * A compiled template read as a layout: its page, and the elements of each band with their place, font and the
 * expression they print. The Word document is written from this and from the same parameters and rows the PDF is
 * filled with, so the two documents have one source of wording, columns and headers. Only the plain expressions the
 * templates use are understood (a field, a parameter, a quoted text, joined with {@code +}); any other makes
 * {@link #value} fail, which the document tests would show for a template changed beyond them.
 */
record TemplateLayout(String name, int pageWidth, int pageHeight, int columnWidth, int leftMargin, int rightMargin,
                      int topMargin, int bottomMargin, int titleHeight, List<Item> title, List<Item> columnHeader,
                      List<List<Item>> detail, List<String> detailWhen, List<Item> summary) {

    /** One element of a band: text (static or an expression) or a line. */
    record Item(int x, int y, int width, int height, boolean line, String staticText, String expression, String printWhen,
                float fontSize, boolean bold, HorizontalTextAlignEnum align, boolean bordered, boolean shaded, String pattern,
                int firstLineIndent, boolean anchor) {
        int right() {
            return x + width;
        }

        int bottom() {
            return y + height;
        }

        /** The running header and the 第 X 页 footer: Word has its own. */
        boolean pageFurniture() {
            return expression != null && (expression.contains("$P{HEADER}") || expression.contains("PAGE_NUMBER"));
        }
    }

    boolean landscape() {
        return pageWidth > pageHeight;
    }

    private static final Map<String, TemplateLayout> LAYOUTS = new java.util.concurrent.ConcurrentHashMap<>();

    /** The layout of a compiled template, read once (templates never change while the program runs). */
    static TemplateLayout of(String name) {
        return LAYOUTS.computeIfAbsent(name, TemplateLayout::read);
    }

    private static TemplateLayout read(String name) {
        JasperReport r = DocumentBuilder.template(name);
        List<List<Item>> detail = new ArrayList<>();
        List<String> detailWhen = new ArrayList<>();
        if (r.getDetailSection() != null && r.getDetailSection().getBands() != null) {
            for (JRBand b : r.getDetailSection().getBands()) {
                detail.add(items(b));
                detailWhen.add(text(b.getPrintWhenExpression()));
            }
        }
        return new TemplateLayout(name, r.getPageWidth(), r.getPageHeight(), r.getColumnWidth(), r.getLeftMargin(),
                r.getRightMargin(), r.getTopMargin(), r.getBottomMargin(), r.getTitle() == null ? 0 : r.getTitle().getHeight(),
                items(r.getTitle()), items(r.getColumnHeader()),
                detail, detailWhen, items(r.getSummary()));
    }

    private static List<Item> items(JRBand band) {
        List<Item> out = new ArrayList<>();
        if (band == null) {
            return out;
        }
        for (JRElement e : band.getElements()) {
            String when = text(e.getPrintWhenExpression());
            if (e instanceof JRLine) {
                out.add(new Item(e.getX(), e.getY(), e.getWidth(), e.getHeight(), true, null, null, when, 0, false, null, false,
                        false, null, 0, false));
            } else if (e instanceof JRTextElement t) {
                boolean bordered = t.getLineBox().getPen().getLineWidth() != null && t.getLineBox().getPen().getLineWidth() > 0
                        || t.getLineBox().getTopPen().getLineWidth() != null && t.getLineBox().getTopPen().getLineWidth() > 0;
                boolean shaded = t.getMode() == ModeEnum.OPAQUE && t.getBackcolor() != null
                        && !java.awt.Color.WHITE.equals(t.getBackcolor());
                Integer indent = t.getParagraph().getFirstLineIndent();
                String staticText = t instanceof JRStaticText s ? s.getText() : null;
                String expression = t instanceof JRTextField f ? text(f.getExpression()) : null;
                String pattern = t instanceof JRTextField f ? f.getPattern() : null;
                boolean anchor = t instanceof JRTextField f && f.getAnchorNameExpression() != null;
                out.add(new Item(e.getX(), e.getY(), e.getWidth(), e.getHeight(), false, staticText, expression, when, t.getFontSize(),
                        t.isBold(), t.getHorizontalTextAlign(), bordered, shaded, pattern, indent == null ? 0 : indent, anchor));
            }
        }
        return out;
    }

    private static String text(JRExpression e) {
        return e == null ? null : e.getText().strip();
    }

    private static final Pattern TERM = Pattern.compile("\\s*(\"(?:[^\"\\\\]|\\\\.)*\"|\\$([FP])\\{(\\w+)\\})\\s*(\\+|$)");

    /** The printed value of an item for a row (null for a field or parameter without a value). */
    static Object value(Item item, Map<String, ?> params, Map<String, ?> row) {
        if (item.staticText() != null) {
            return item.staticText();
        }
        String e = item.expression();
        Matcher m = TERM.matcher(e);
        List<Object> terms = new ArrayList<>();
        int at = 0;
        while (at < e.length() && m.find(at) && m.start() == at) {
            if (m.group(2) == null) {
                terms.add(m.group(1).substring(1, m.group(1).length() - 1).replace("\\\"", "\""));
            } else {
                terms.add(("F".equals(m.group(2)) ? row : params).get(m.group(3)));
            }
            at = m.end();
        }
        if (at != e.length() || terms.isEmpty()) {
            throw new IllegalStateException("template " + item + ": expression not understood by the Word writer: " + e);
        }
        if (terms.size() == 1) {
            return terms.getFirst();
        }
        StringBuilder s = new StringBuilder();
        for (Object t : terms) {
            s.append(t == null ? "null" : t); // as Java's string concatenation in the template prints it
        }
        return s.toString();
    }

    private static final Pattern FIELD_TRUE = Pattern.compile("(!?)\\$F\\{(\\w+)\\}");
    private static final Pattern FIELD_EQUALS = Pattern.compile("\"([^\"]*)\"\\.equals\\(\\$F\\{(\\w+)\\}\\)");
    private static final Pattern FIELD_COMPARE = Pattern.compile("\\$F\\{(\\w+)\\}\\s*(==|!=)\\s*(-?\\d+)");
    private static final Pattern PARAM_TRUE = Pattern.compile("(!?)\\$P\\{(\\w+)\\}");
    private static final Pattern PARAM_NULL = Pattern.compile("\\$P\\{(\\w+)\\}\\s*(==|!=)\\s*null");

    /** The detail bands that print with these parameters (a band's own condition, e.g. the compact rows). */
    List<List<Item>> detailFor(Map<String, ?> params) {
        List<List<Item>> out = new ArrayList<>();
        for (int i = 0; i < detail.size(); i++) {
            if (holds(detailWhen.get(i), params, Map.of(), name)) {
                out.add(detail.get(i));
            }
        }
        return out;
    }

    /** Whether an item prints for a row, by its print-when expression. */
    static boolean prints(Item item, Map<String, ?> params, Map<String, ?> row) {
        return holds(item.printWhen(), params, row, item);
    }

    private static boolean holds(String w, Map<String, ?> params, Map<String, ?> row, Object where) {
        if (w == null) {
            return true;
        }
        Matcher m;
        if ((m = FIELD_TRUE.matcher(w)).matches()) {
            boolean v = Boolean.TRUE.equals(row.get(m.group(2)));
            return m.group(1).isEmpty() == v;
        }
        if ((m = FIELD_EQUALS.matcher(w)).matches()) {
            return m.group(1).equals(row.get(m.group(2)));
        }
        if ((m = FIELD_COMPARE.matcher(w)).matches()) {
            Object v = row.get(m.group(1));
            boolean equal = v instanceof Number n && new BigDecimal(n.toString()).compareTo(new BigDecimal(m.group(3))) == 0;
            return "==".equals(m.group(2)) == equal;
        }
        if ((m = PARAM_NULL.matcher(w)).matches()) {
            return "==".equals(m.group(2)) == (params.get(m.group(1)) == null);
        }
        if ((m = PARAM_TRUE.matcher(w)).matches()) {
            return m.group(1).isEmpty() == Boolean.TRUE.equals(params.get(m.group(2)));
        }
        throw new IllegalStateException("template " + where + ": print condition not understood by the Word writer: " + w);
    }
}
