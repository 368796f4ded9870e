package juesuan.model;

import java.util.List;

/**
 * A figure the text compares with last year's final figure and/or the year's budget.
 *
 * @param key         stable key of the comparison (reasons hang on it)
 * @param section     the document section where it appears first
 * @param label       what the comparison is about
 * @param current     where this year's figure comes from
 * @param bases       the comparisons the text makes
 * @param initialFrom where the 年初预算数 is already typed (公开07表's 预算数 for the 三公), or null: the comparison
 *                    follows that figure unless a 年初预算数 is typed for it, so a budget is entered once
 */
public record ComparisonDef(String key, String section, String label, FigureRef current, List<Basis> bases, FigureRef initialFrom) {
    public ComparisonDef {
        bases = List.copyOf(bases);
    }

    public ComparisonDef(String key, String section, String label, FigureRef current, List<Basis> bases) {
        this(key, section, label, current, bases, null);
    }
}
