package juesuan.model;

/** What a figure is compared with in the text. */
public enum Basis {
    /** 较上年决算数. */
    PRIOR,
    /** 较年初预算数 (or 全年预算数 where the profile says so). */
    BUDGET
}
