package juesuan.model;

/** How a table's rows come about. */
public enum TableKind {
    /** Rows are fixed by the year's template (收支总表, 基本支出表, 三公表, …). */
    FIXED,
    /** Rows are the 支出功能分类 项 the unit has, with their 款 and 类 computed above them and a 合计 row on top. */
    FUNCTION
}
