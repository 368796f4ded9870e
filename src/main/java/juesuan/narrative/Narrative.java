package juesuan.narrative;

import java.util.List;

/**
 * The whole 情况说明 of a report in one profile.
 *
 * @param profileId   the profile it was written in
 * @param title       the document title line
 * @param paragraphs  headings and paragraphs in order
 * @param compared    the comparisons the text makes, as "key/PRIOR" or "key/BUDGET" (a profile prints only some)
 * @param unknown     figures the text would print but the report lacks, left out of the text (e.g. the 平均得分 when
 *                    neither entered nor every self-evaluated project's 自评表 is published)
 */
public record Narrative(String profileId, String title, List<Paragraph> paragraphs, java.util.Set<String> compared,
                        java.util.Set<String> unknown) {
    public Narrative {
        paragraphs = List.copyOf(paragraphs);
        compared = java.util.Set.copyOf(compared);
    }

    /** Whether the text compares a figure on a basis (a rule about a comparison the text does not make stays silent). */
    public boolean compares(String comparisonKey, juesuan.model.Basis basis) {
        return compared.contains(comparisonKey + "/" + basis);
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

    /**
     * Where a reader finds a paragraph, as the 审核 names it: the numbered section it is in (一、…) and, inside it,
     * the numbered part's （一）, e.g. 五、一般公共预算财政拨款支出决算情况说明（一）; the nearest heading where the
     * text has no numbered section (a title, a 第一部分 before its first section).
     */
    public String where(String key) {
        java.util.regex.Pattern section = java.util.regex.Pattern.compile(juesuan.i18n.Msg.get("narrative.sectionHeading"));
        java.util.regex.Pattern part = java.util.regex.Pattern.compile(juesuan.i18n.Msg.get("narrative.partHeading"));
        java.util.regex.Pattern chapter = java.util.regex.Pattern.compile(juesuan.i18n.Msg.get("narrative.chapterHeading"));
        String inSection = null;
        String inPart = "";
        String nearest = title;
        for (Paragraph p : paragraphs) {
            if (p.heading()) {
                String t = p.text().strip();
                java.util.regex.Matcher m = part.matcher(t);
                if (section.matcher(t).lookingAt()) {
                    inSection = t;
                    inPart = "";
                } else if (chapter.matcher(t).lookingAt()) {
                    inSection = null;
                    inPart = "";
                } else if (inSection != null && m.lookingAt()) {
                    inPart = m.group();
                }
                nearest = t;
            }
            if (p.key().equals(key)) {
                break;
            }
        }
        return inSection != null ? inSection + inPart : nearest;
    }

    public Paragraph paragraph(String key) {
        return paragraphs.stream().filter(p -> p.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no paragraph " + key));
    }
}
