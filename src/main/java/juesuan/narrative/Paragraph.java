package juesuan.narrative;

import java.util.List;

/**
 * A heading or a paragraph of the text.
 *
 * @param key        stable key (overrides and reasons hang on it), e.g. "2.1.1"
 * @param heading    whether it is a heading
 * @param level      heading level (1 = 一、, 2 = （一）, 3 = 1.) or the level of the section a paragraph is in
 * @param spans      the text with its figures
 * @param reasons    the 主要原因 the paragraph prints
 * @param overridden whether the user's own text is printed instead of the generated one
 * @param stale      overridden, and the figures changed since it was written
 * @param generated  the generated text (also when overridden)
 * @param row        the cells of a line of a table in the text (单位构成), or null for a heading or a paragraph
 */
public record Paragraph(String key, boolean heading, int level, List<Span> spans, List<ReasonUse> reasons,
                        boolean overridden, boolean stale, String generated, Row row) {
    public Paragraph {
        spans = List.copyOf(spans);
        reasons = List.copyOf(reasons);
    }

    public Paragraph(String key, boolean heading, int level, List<Span> spans, List<ReasonUse> reasons,
                     boolean overridden, boolean stale, String generated) {
        this(key, heading, level, spans, reasons, overridden, stale, generated, null);
    }

    /**
     * A line of a table set in the text, e.g. 序号 | 单位名称 | 备注; it is neither rewritten nor given reasons.
     *
     * @param cells  the cells' texts, left to right
     * @param header whether it is the table's heading line
     */
    public record Row(List<String> cells, boolean header) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    /** Whether this is a line of a table (Row) rather than a heading or a paragraph. */
    public boolean tableRow() {
        return row != null;
    }

    public String text() {
        if (!overridden && generated != null) {
            return generated; // the generated text is the spans' text, joined once when the paragraph was made
        }
        StringBuilder b = new StringBuilder();
        spans.forEach(s -> b.append(s.text()));
        return b.toString();
    }

    public boolean missingReason() {
        return reasons.stream().anyMatch(ReasonUse::missing);
    }
}
