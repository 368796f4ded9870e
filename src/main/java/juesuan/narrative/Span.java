package juesuan.narrative;

/**
 * A piece of a paragraph; a figure carries where it comes from.
 *
 * @param text   the printed text
 * @param source null for plain text; else "T1/in.grand/amount", "amount:op.opex", "count:tp.rec.domestic.people",
 *               "cmp:total.grand/prior", "text:pr.usage", "unit:…" or "project:N"
 */
public record Span(String text, String source) {
}
