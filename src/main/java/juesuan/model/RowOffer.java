package juesuan.model;

import java.util.List;

/**
 * Where a 功能分类 table finds the 项 rows it should have: the rows another table of the report already lists (公开03表
 * offers what 公开02表 has; 公开05表 what has 财政拨款 in 公开02表), so a code chosen once is offered in the tables it
 * belongs to. Data in {@code derivations.json} ("offers").
 *
 * @param table  the table the rows are offered to
 * @param from   the table they come from
 * @param column only the rows with a non-zero figure in this column of {@code from} (null: every row)
 * @param notIn  rows already in any of these tables are not offered (a 财政拨款 code placed in 公开05表 is not also
 *               offered to 公开08表)
 * @param when   the condition under which the offer stands, or null (see {@link YearTemplate#conditions()})
 * @param unless the condition under which it does not, or null
 */
public record RowOffer(String table, String from, String column, List<String> notIn, String when, String unless) {
    public RowOffer {
        notIn = List.copyOf(notIn);
    }
}
