package juesuan.model;

/**
 * Text as it arrives from Word or a web page: no-break and typographic spaces made ordinary spaces, zero-width marks
 * and the byte-order mark left out. They are invisible on screen, yet the printed document's fonts have none of them,
 * so a paragraph pasted from a published disclosure would print empty boxes.
 */
public final class PastedText {
    private PastedText() {
    }

    /** The text with its invisible characters made plain, stripped at both ends. */
    public static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u00a0' || c >= '\u2000' && c <= '\u200a' || c == '\u202f' || c == '\u205f') {
                out.append(' ');
            } else if (c != '\u200b' && c != '\u200c' && c != '\u200d' && c != '\u2060' && c != '\ufeff') {
                out.append(c);
            }
        }
        return out.toString().strip();
    }
}
