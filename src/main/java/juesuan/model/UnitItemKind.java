package juesuan.model;

/** Kinds of ordered text items that describe a unit. */
public enum UnitItemKind {
    /** 职能职责. */
    DUTY,
    /** 下属单位 (单位构成). */
    SUBUNIT,
    /** 内设机构. */
    BODY
}
