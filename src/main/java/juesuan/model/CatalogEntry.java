package juesuan.model;

/**
 * One code of a classification (政府收支分类科目): level 1 = 类, 2 = 款, 3 = 项.
 *
 * @param code  the code, 3/5/7 digits for 支出功能分类, 3/5 for 经济分类
 * @param name  the official name
 * @param level 1, 2 or 3
 */
public record CatalogEntry(String code, String name, int level) {
    public String parentCode() {
        return switch (level) {
            case 2 -> code.substring(0, 3);
            case 3 -> code.substring(0, 5);
            default -> null;
        };
    }

    /** The code split as printed in the 类|款|项 columns: "2010301" → ["201","03","01"]. */
    public String[] codeParts() {
        return switch (level) {
            case 1 -> new String[] {code, "", ""};
            case 2 -> new String[] {code.substring(0, 3), code.substring(3), ""};
            default -> new String[] {code.substring(0, 3), code.substring(3, 5), code.substring(5)};
        };
    }
}
