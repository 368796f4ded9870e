package juesuan.model;

/**
 * One change a year makes to the classification of the year it inherits from.
 *
 * @param kind    what changes
 * @param catalog which classification
 * @param code    the code as it is in the new year (for WITHDRAW: the code withdrawn)
 * @param name    the name in the new year (blank for WITHDRAW; blank for MOVE keeps the old name)
 * @param from    for MOVE: the old code whose figures now belong to {@code code}; otherwise blank
 */
public record CatalogChange(Kind kind, CatalogKind catalog, String code, String name, String from) {
    /** What a change does. */
    public enum Kind {
        /** A new code. */
        ADD,
        /** Same code, new name. */
        RENAME,
        /** The code no longer exists; its figures have nowhere to go. */
        WITHDRAW,
        /** The old code {@code from} is replaced by {@code code}. */
        MOVE
    }
}
