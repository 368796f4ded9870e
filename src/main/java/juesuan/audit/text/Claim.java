package juesuan.audit.text;

import juesuan.model.Basis;

/**
 * What a figure of a paragraph says, as a reviewer reads it.
 *
 * @param number    the figure as written
 * @param role      what it is of its subject
 * @param basis     against what a change, a rate or a completion is measured (null for the others)
 * @param direction up or down, for a change or a rate; NONE otherwise
 * @param subject   whose figure it is, trimmed for comparing ("" when the text does not say)
 * @param written   the subject as the text writes it
 * @param sentence  the sentence it stands in, for messages
 * @param fullYear  a budget or a completion of the 全年（调整）预算 rather than the 年初预算
 * @param lead      the words of its clause before it (较上年决算数增加)
 */
public record Claim(Written number, Role role, Basis basis, Direction direction, String subject, String written, String sentence,
                    boolean fullYear, String lead) {
    /** What a figure is of its subject. */
    public enum Role {
        /** The subject's amount (本年数, 决算数). */
        AMOUNT,
        /** Its budget (年初预算为…). */
        BUDGET,
        /** Its share of a whole (占…%). */
        SHARE,
        /** The amount it changed by (增加/减少…万元). */
        CHANGE,
        /** The rate it changed by (增长/下降…%). */
        RATE,
        /** 决算 as a share of the budget (完成年初预算的…%). */
        COMPLETION,
        /** A count (个, 人次, 辆 …). */
        COUNT,
        /** A percentage the words around it do not place. */
        OTHER
    }

    /** The direction of a change. */
    public enum Direction { UP, DOWN, NONE }

    /** Whether it is the same kind of figure as another: role, basis and unit. */
    public boolean sameKind(Claim other) {
        return role == other.role && java.util.Objects.equals(basis, other.basis) && number.unitKind().equals(other.number.unitKind())
                && fullYear == other.fullYear;
    }
}
