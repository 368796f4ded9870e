package juesuan.model;

import java.util.List;

/**
 * A figure the text compares with last year's final figure and/or the year's budget.
 *
 * @param key     stable key of the comparison (reasons hang on it)
 * @param section the document section where it appears first
 * @param label   what the comparison is about
 * @param current where this year's figure comes from
 * @param bases   the comparisons the text makes
 */
public record ComparisonDef(String key, String section, String label, FigureRef current, List<Basis> bases) {
    public ComparisonDef {
        bases = List.copyOf(bases);
    }
}
