package juesuan.narrative;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import juesuan.consolidation.Consolidator;
import juesuan.consolidation.Members;
import juesuan.exchange.DemoReport;
import juesuan.model.Comparison;
import juesuan.model.Money;
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
    static Report single() {
        Report r = DemoReport.create();
        r.setProfile("mof");
        return r;
    }

    static Report department() {
        Report self = Members.self("50000");
        Report b = Members.subsidised();
        Report c = Members.remitting();
        c.table("T2").set(Members.Y, "business", new BigDecimal("300000.00")); // 事业收入, spent on a project
        c.table("T3").set(Members.Y, "project", Money.add(c.table("T3").get(Members.Y, "project"), new BigDecimal("300000.00")));
        Report dept = Members.unit("HZ901", Members.DEPARTMENT, "行政单位");
        Report r = Consolidator.consolidate(dept, List.of(new Consolidator.Member(self, 1L, ""),
                new Consolidator.Member(b, 1L, "901001"), new Consolidator.Member(c, 1L, "901001")), Optional.empty(),
                LocalDateTime.of(2024, 3, 1, 9, 0)).report();
        r.setProfile("mof");
        return r;
    }

    static Report newUnit() {
        Report r = single();
        r.unit().setName("新设单位");
        for (String k : new ArrayList<>(r.comparisons().keySet())) {
            r.setComparison(k, new Comparison(null, null, r.comparison(k).fullYearBudget()));
        }
        return r;
    }

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
        assertEquals(expected("single"), part3(single()));
    }

    @Test
    void aDepartmentWithInstitutions() throws IOException {
        assertEquals(expected("department"), part3(department()));
    }

    @Test
    void aUnitCreatedDuringTheYear() throws IOException {
        assertEquals(expected("new-unit"), part3(newUnit()));
    }
}
