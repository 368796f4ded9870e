package juesuan.narrative;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import juesuan.model.Report;
import juesuan.template.TemplateLoader;
import org.junit.jupiter.api.Test;

/**
 * 第三部分 of the Ministry-of-Finance text for three reports of different shapes, paragraph by paragraph, against
 * the text a finance officer checked by hand (src/test/resources/mof-shapes/*.txt, one "key | text" line per
 * paragraph): a single 行政单位 (the demo), a department whose members include 事业单位 (本级 and two 事业单位,
 * summed with their internal flows taken out), and a unit created during the year (no 上年, no 年初预算).
 */
class MofShapesTest {
    static List<String> part3(Report r) {
        Narrative n = NarrativeGenerator.generate(r, TemplateLoader.forReport(r), Profiles.get("mof"));
        List<String> out = new ArrayList<>();
        boolean in = false;
        for (Paragraph p : n.paragraphs()) {
            if (p.key().equals("p3")) {
                in = true;
            } else if (p.heading() && p.level() == 1) {
                in = false;
            }
            if (in) {
                out.add(p.key() + " | " + p.text());
            }
        }
        return out;
    }

    private static List<String> expected(String name) throws IOException {
        try (InputStream in = MofShapesTest.class.getResourceAsStream("/mof-shapes/" + name + ".txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        }
    }

    @Test
    void aSingleAdministrativeUnit() throws IOException {
        assertEquals(expected("single"), part3(MofShapes.single()));
    }

    @Test
    void aDepartmentWithInstitutions() throws IOException {
        assertEquals(expected("department"), part3(MofShapes.department()));
    }

    @Test
    void aUnitCreatedDuringTheYear() throws IOException {
        assertEquals(expected("new-unit"), part3(MofShapes.newUnit()));
    }
}
