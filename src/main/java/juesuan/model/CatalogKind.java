package juesuan.model;

/** The two classifications a 决算公开 uses. */
public enum CatalogKind {
    /** 支出功能分类 (类/款/项, 3/5/7 digits). */
    FUNCTION,
    /** 部门预算支出经济分类 (类/款, 3/5 digits). */
    ECONOMIC;

    /** Whether a code has the shape of this classification (digits, at a level it has). */
    public boolean wellFormed(String code) {
        if (code == null || !code.matches("[0-9]+")) {
            return false;
        }
        return switch (this) {
            case FUNCTION -> code.length() == 3 || code.length() == 5 || code.length() == 7;
            case ECONOMIC -> code.length() == 3 || code.length() == 5;
        };
    }

    /** The level of a well-formed code: 1 类, 2 款, 3 项. */
    public static int level(String code) {
        return switch (code.length()) {
            case 3 -> 1;
            case 5 -> 2;
            case 7 -> 3;
            default -> throw new IllegalArgumentException("not a classification code: " + code);
        };
    }
}
