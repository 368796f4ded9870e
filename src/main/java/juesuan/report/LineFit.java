package juesuan.report;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.LineBreakMeasurer;
import java.awt.font.TextAttribute;
import java.text.AttributedString;
import java.util.Locale;
import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.fonts.FontUtil;

/**
 * Keeps a title or heading of the PDF from ending with one character alone on its last line: the text is measured
 * with the bundled font as the template sets it, and when its last line would hold a single character, the line
 * breaks two characters earlier instead.
 */
final class LineFit {
    /** As JasperReports measures text: antialiased, fractional metrics. */
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    private LineFit() {
    }

    /**
     * @param width      the text's width in points
     * @param firstLine  the first line's indent in points
     * @return the text, with a line break where one keeps the last line from holding one character
     */
    static String keepLastLine(String text, float size, boolean bold, float width, float firstLine) {
        if (text == null || text.codePointCount(0, text.length()) < 3 || text.indexOf('\n') >= 0) {
            return text;
        }
        Font font = FontUtil.getInstance(DefaultJasperReportsContext.getInstance())
                .getAwtFontFromBundles(DocumentBuilder.FONT_FAMILY, bold ? Font.BOLD : Font.PLAIN, size, Locale.SIMPLIFIED_CHINESE, true);
        if (font == null) {
            return text;
        }
        AttributedString s = new AttributedString(text);
        s.addAttribute(TextAttribute.FONT, font);
        LineBreakMeasurer m = new LineBreakMeasurer(s.getIterator(), FRC);
        int lastStart = 0;
        int lines = 0;
        while (m.getPosition() < text.length()) {
            lastStart = m.getPosition();
            m.setPosition(m.nextOffset(lines == 0 ? width - firstLine : width));
            lines++;
        }
        if (lines < 2 || text.codePointCount(lastStart, text.length()) != 1) {
            return text;
        }
        int cut = text.offsetByCodePoints(text.length(), -2);
        return text.substring(0, cut) + "\n" + text.substring(cut);
    }
}
