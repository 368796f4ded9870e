package juesuan.model;

/**
 * A paragraph of the 情况说明 the user rewrote.
 *
 * @param text      the user's text, printed instead of the generated one
 * @param generated the generated text it replaced; when today's generated text differs, the figures have changed
 */
public record TextOverride(String text, String generated) {
}
