package juesuan.report;

import java.util.List;
import java.util.Map;

/**
 * One part of the document as it is filled: the template that lays it out, and the parameters and rows it is filled
 * with. The PDF fills the template with them; the Word document writes the same values in flowing form.
 *
 * @param template  the template's name (jasper/NAME.jrxml)
 * @param title     the part's entry in the 目录 (null for the cover and the 目录 itself)
 * @param tableCode T1 … T9 for the nine tables, otherwise null
 * @param params    the template's parameters
 * @param rows      the template's rows
 * @param headed    a table whose heading (第二部分 …) the text gave just before the tables: the 目录 adds none
 */
record DocumentPart(String template, String title, String tableCode, Map<String, Object> params, List<Map<String, ?>> rows,
                    boolean headed) {
    DocumentPart(String template, String title, String tableCode, Map<String, Object> params, List<Map<String, ?>> rows) {
        this(template, title, tableCode, params, rows, false);
    }
}
