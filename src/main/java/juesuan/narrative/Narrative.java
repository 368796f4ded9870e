package juesuan.narrative;

import java.util.List;

/**
 * The whole 情况说明 of a report in one profile.
 *
 * @param profileId   the profile it was written in
 * @param title       the document title line
 * @param paragraphs  headings and paragraphs in order
 */
public record Narrative(String profileId, String title, List<Paragraph> paragraphs) {
    public Narrative {
        paragraphs = List.copyOf(paragraphs);
    }

    /** The text as printed: the title, then one line per heading or paragraph. */
    public String text() {
        StringBuilder b = new StringBuilder(title).append('\n');
        for (Paragraph p : paragraphs) {
            b.append(p.text()).append('\n');
        }
        return b.toString();
    }

    public List<Paragraph> headings() {
        return paragraphs.stream().filter(Paragraph::heading).toList();
    }

    /** Paragraphs with a changed figure whose 主要原因 is not filled in. */
    public List<Paragraph> missingReasons() {
        return paragraphs.stream().filter(Paragraph::missingReason).toList();
    }

    /** Rewritten paragraphs whose figures changed since. */
    public List<Paragraph> staleOverrides() {
        return paragraphs.stream().filter(Paragraph::stale).toList();
    }

    public Paragraph paragraph(String key) {
        return paragraphs.stream().filter(p -> p.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no paragraph " + key));
    }
}
