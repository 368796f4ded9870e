package juesuan.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import juesuan.exchange.DemoReport;
import juesuan.model.ColumnDef;
import juesuan.model.Report;
import juesuan.model.RowDef;
import juesuan.model.TableTemplate;
import juesuan.model.YearTemplate;
import juesuan.narrative.NarrativeGenerator;
import juesuan.narrative.Paragraph;
import juesuan.narrative.Profiles;
import juesuan.template.TemplateLoader;
import org.junit.jupiter.api.Test;

/**
 * The document builder reads the tables' rows and columns and the document's parts from the template and the
 * profile: no string in the report package's code is a table code, a row key, a column key or a paragraph key of
 * any year's template or any profile's text, so that a region or a year changes data, not code.
 */
class BuilderNamesNoKeysTest {
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    @Test
    void theReportCodeNamesNoTableRowColumnOrParagraph() throws IOException {
        Set<String> keys = new TreeSet<>();
        for (int year : TemplateLoader.availableYears()) {
            YearTemplate t = TemplateLoader.load(year);
            for (TableTemplate table : t.tables()) {
                keys.add(table.code());
                table.rows().stream().map(RowDef::key).forEach(keys::add);
                table.columns().stream().map(ColumnDef::key).forEach(keys::add);
            }
        }
        for (String profile : List.of("chongqing", "mof")) {
            Report r = DemoReport.create();
            r.setProfile(profile);
            NarrativeGenerator.generate(r, TemplateLoader.forReport(r), Profiles.get(profile)).paragraphs().stream()
                    .map(Paragraph::key).forEach(keys::add);
        }
        assertTrue(keys.contains("T4") && keys.contains("in.year") && keys.contains("gpb") && keys.contains("5.2.1")
                && keys.contains("p2"), "the keys were read: " + keys.size());
        List<String> named = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src", "main", "java", "juesuan", "report"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i).strip();
                    if (line.startsWith("*") || line.startsWith("/")) {
                        continue; // comments may say what they mean
                    }
                    Matcher m = LITERAL.matcher(line);
                    while (m.find()) {
                        // a whole number is a count or a page, not a name (the top-level paragraph keys 1, 2, … aside)
                        if (keys.contains(m.group(1)) && !m.group(1).matches("\\d+")) {
                            named.add(f.getFileName() + ":" + (i + 1) + " \"" + m.group(1) + "\"");
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), named);
    }
}
