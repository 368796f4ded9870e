package juesuan.narrative;

import java.util.List;
import java.util.Map;

/**
 * A region's (or a template's) way of writing the 情况说明: its phrases, defaults, the comparison groups it
 * uses, and its FreeMarker template.
 *
 * @param id                     stable id stored with a report ("chongqing", "mof")
 * @param name                   shown to the user
 * @param template               template file, relative to {@code /narrative/}
 * @param phrases                the words and patterns of the phrasing rules
 * @param comparisonGroups       the per-row comparison groups the text uses
 * @param budgetFallbackFullYear compare with 全年预算数 when the 年初预算数 is 0
 * @param defaultPercentDecimals default decimals of percentages
 * @param defaultZeroBaseHundred default for a zero base
 * @param documentFonts          the fonts the Word document names, as Windows calls them: body, heading, latin and
 *                               rare (a font with the characters beyond the basic plane, CJK extension B and later)
 * @param zeroAmounts            how the tables show a zero, after the region's published tables
 * @param defaultBudgetCompletion whether "完成年初预算的XX%" is printed unless the report says otherwise; null when the
 *                               profile's text never writes it (the setting is not offered)
 * @param document               the printed document's parts in order (see {@link Part}); the 目录 follows the cover
 * @param formsSection           the key of the text's heading under which the 自评表 stand (printed as forms after the
 *                               tables, the text says so), or null when the text has none
 * @param gradeFloors            the 绩效 rating bands: each rating's lowest 自评 score, highest rating first
 *                               (优 90, 良 80, 合格 60; below the last floor the last rating's next, 不合格)
 * @param requires               what must be filled before 定稿 because this profile's document prints it (or the
 *                               receiving side needs it): items of {@link #REQUIRABLE}, each an 错误 until filled
 * @param discloses              what the region's inspection checklist requires the text to state even when it is
 *                               zero (公务用车购置数 and 保有量, 国内公务接待批次 …), each looked for in the paragraphs
 *                               under a heading (rule N-17)
 */
public record Profile(String id, String name, String template, Map<String, String> phrases, List<String> comparisonGroups,
                      boolean budgetFallbackFullYear, int defaultPercentDecimals, boolean defaultZeroBaseHundred,
                      Map<String, String> documentFonts, juesuan.model.ZeroAmounts zeroAmounts,
                      Boolean defaultBudgetCompletion, List<Part> document, String formsSection,
                      java.util.SequencedMap<String, java.math.BigDecimal> gradeFloors, List<String> requires,
                      List<Disclosure> discloses) {
    /**
     * The items a profile may require: the unit's 主管部门, 单位类型 (one of the template's types), 职能职责, 单位构成 or
     * 机构设置 (下属单位 or 内设机构), 联系人, 联系电话, the 名词解释, and a text in which every heading has something
     * under it.
     */
    public static final java.util.Set<String> REQUIRABLE = java.util.Set.of("supervisor", "unitType", "duties",
            "structure", "contactPerson", "contactPhone", "glossary", "text");

    /**
     * A part of the printed document: "cover", "text" (the paragraphs from the heading {@code from} up to the heading
     * {@code until}, either end open; the document's title line opens a text that starts at the beginning), "tables"
     * (the nine tables; {@code heading} the key of the text's heading that titles them, printed atop the first table
     * and listed in the 目录, or null when the 目录 gives them a heading of its own),
     * "forms" (the 自评表) or "signature" (the page the unit head signs).
     */
    public record Part(String kind, String from, String until, String heading) {
        public static final java.util.Set<String> KINDS = java.util.Set.of("cover", "text", "tables", "forms", "signature");
    }

    /**
     * A disclosure the text must make.
     *
     * @param item    what it is, as the message names it (公务用车保有量)
     * @param under   the key of the heading whose paragraphs must state it
     * @param pattern the words that state it (a figure with its unit, or 未发生/无 …)
     * @param field   the entered figure the text states it from (a count or an amount key), or null
     */
    public record Disclosure(String item, String under, java.util.regex.Pattern pattern, String field) {
    }

    public Profile {
        discloses = discloses == null ? List.of() : List.copyOf(discloses);
        document = List.copyOf(document);
        gradeFloors = java.util.Collections.unmodifiableSequencedMap(new java.util.LinkedHashMap<>(gradeFloors));
        phrases = Map.copyOf(phrases);
        documentFonts = Map.copyOf(documentFonts);
        comparisonGroups = List.copyOf(comparisonGroups);
        requires = List.copyOf(requires);
    }

    /** The rating of a 自评 score: the first band whose floor it reaches, else the band below all floors ("D"). */
    public String grade(java.math.BigDecimal score) {
        for (var band : gradeFloors.entrySet()) {
            if (score.compareTo(band.getValue()) >= 0) {
                return band.getKey();
            }
        }
        return BELOW_ALL;
    }

    /** The rating below every floor (不合格). */
    public static final String BELOW_ALL = "D";

    /** Every rating, highest first: the bands with a floor, then the one below them all (A, B, C, D). */
    public List<String> grades() {
        List<String> all = new java.util.ArrayList<>(gradeFloors.sequencedKeySet());
        all.add(BELOW_ALL);
        return all;
    }

    public String phrase(String key) {
        String p = phrases.get(key);
        if (p == null) {
            throw new IllegalStateException("profile " + id + " has no phrase " + key);
        }
        return p;
    }
}
