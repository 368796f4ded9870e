package juesuan.ui.sheet;

/** How a cell behaves and looks. */
public enum CellKind {
    /** Typed by the user: plain ground. */
    INPUT,
    /** Computed (parent row, 合计, 小计): grey ground, never editable. */
    COMPUTED,
    /** Computed, printing a published table's figure within rounding of its sum: marked, editable as printed. */
    PRINTED,
    /** A label (code, name): not editable. */
    LABEL,
    /** Not applicable in this row: empty and locked. */
    NONE
}
