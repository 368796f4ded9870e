package juesuan.model;

/**
 * A classification code the program does not ship for the year, with its name: imported from the bureau's own
 * list (per fiscal year) or added by the officer for one report (新增科目).
 *
 * @param catalog which classification
 * @param code    3/5/7 digits
 * @param name    the name as the list or the officer gives it
 * @param origin  where it came from
 */
public record LocalCode(CatalogKind catalog, String code, String name, Origin origin) {
    /** Where a local code came from. */
    public enum Origin {
        /** From the bureau's catalog list, imported for a fiscal year; treated like the shipped catalog. */
        IMPORTED,
        /** Typed by the officer for this report (新增科目); 审核 shows it as a 提示. */
        ADDED
    }

    public LocalCode {
        if (!catalog.wellFormed(code)) {
            throw new IllegalArgumentException("bad code " + code);
        }
        name = name == null ? "" : name.strip();
    }

    public CatalogEntry entry() {
        return new CatalogEntry(code, name, CatalogKind.level(code));
    }
}
