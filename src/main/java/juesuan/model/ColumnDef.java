package juesuan.model;

import java.util.List;

/**
 * A column of a 公开表.
 *
 * @param key   stable key stored with each cell
 * @param label the printed header
 * @param type  what the column holds
 * @param sumOf keys of the columns this one adds up (empty: an input column)
 */
public record ColumnDef(String key, String label, ValueType type, List<String> sumOf) {
    public ColumnDef {
        sumOf = List.copyOf(sumOf);
    }

    public boolean computed() {
        return !sumOf.isEmpty();
    }
}
