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
 */
public record Profile(String id, String name, String template, Map<String, String> phrases, List<String> comparisonGroups,
                      boolean budgetFallbackFullYear, int defaultPercentDecimals, boolean defaultZeroBaseHundred,
                      Map<String, String> documentFonts, juesuan.model.ZeroAmounts zeroAmounts) {
    public Profile {
        phrases = Map.copyOf(phrases);
        documentFonts = Map.copyOf(documentFonts);
        comparisonGroups = List.copyOf(comparisonGroups);
    }

    public String phrase(String key) {
        String p = phrases.get(key);
        if (p == null) {
            throw new IllegalStateException("profile " + id + " has no phrase " + key);
        }
        return p;
    }
}
