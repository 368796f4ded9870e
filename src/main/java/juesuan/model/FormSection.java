package juesuan.model;

import java.util.List;

/**
 * A group of fields shown together in one tab.
 *
 * @param key    stable key
 * @param tab    the tab it belongs to
 * @param title  group heading
 * @param fields its fields in order
 */
public record FormSection(String key, String tab, String title, List<FieldDef> fields) {
    public FormSection {
        fields = List.copyOf(fields);
    }
}
