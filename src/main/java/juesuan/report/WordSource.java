package juesuan.report;

import java.util.List;
import java.util.Map;

/**
 * What the Word document is written from: the same parts the PDF is filled from.
 *
 * @param parts    cover, text, tables, forms, signature page, in print order (the 目录 apart)
 * @param contents the 目录's entries (title, page, level), as the PDF's 目录 lists them
 * @param header   the running header
 * @param fonts    the profile's font names for Word: body, heading, latin, rare (characters beyond the basic plane)
 */
record WordSource(List<DocumentPart> parts, List<Map<String, ?>> contents, String header, Map<String, String> fonts) {
}
