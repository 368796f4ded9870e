package juesuan.model;

/** What a cell or field holds, and so how it is entered, checked and shown. */
public enum ValueType {
    /** Exact 元, entered and shown in 万元. */
    MONEY,
    /** A whole number ≥ 0 (人次, 辆, 批次, 项). */
    COUNT,
    /** A plain decimal (指标值, 得分系数, 权重). */
    DECIMAL,
    /** Free text, several lines. */
    TEXT,
    /** Free text on one line (names, phone numbers). */
    LINE,
    /** One of a fixed list (指标性质 ≥ ≤ =). */
    CHOICE
}
