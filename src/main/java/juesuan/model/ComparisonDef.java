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
 * @param sumOf       the comparisons whose bases add up to this one's (the 三公 items for the 三公 total): a base not
 *                    typed here follows their sum while each of them has it, so the total's change is always the sum
 *                    of the items' changes; empty for most
 */
public record ComparisonDef(String key, String section, String label, FigureRef current, List<Basis> bases, FigureRef initialFrom,
                            List<String> sumOf) {
    public ComparisonDef {
        bases = List.copyOf(bases);
        sumOf = sumOf == null ? List.of() : List.copyOf(sumOf);
    }

    public ComparisonDef(String key, String section, String label, FigureRef current, List<Basis> bases) {
        this(key, section, label, current, bases, null, List.of());
    }
}
