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
 */
record DocumentPart(String template, String title, String tableCode, Map<String, Object> params, List<Map<String, ?>> rows) {
    /** The parameter of a table template that titles the tables atop the first (第二部分 …), printed and in the 目录. */
    static final String PART_HEADING = "PART_HEADING";

    /** The heading of the tables this part opens, or null. */
    String partHeading() {
        return (String) params.get(PART_HEADING);
    }
}
