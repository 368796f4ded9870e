package juesuan.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import juesuan.calculation.ReportFigures;
import juesuan.template.TemplateLoader;
import juesuan.tools.Shapes;
import org.junit.jupiter.api.Test;

/** The text as the profiles write it, for reports of every shape: the text's rules find nothing in it. */
class GeneratedTextAuditTest {
    private static final Set<String> TEXT_RULES = Set.of("N-1", "N-3", "N-6", "N-7", "N-14", "N-15", "N-16", "N-17", "X-15", "P-1");

    @Test
    void theProfilesWriteNothingTheTextRulesFind() {
        for (Shapes.Shape s : Shapes.all()) {
            var r = s.report();
            List<String> found = Auditor.audit(r, new ReportFigures(r, TemplateLoader.forReport(r))).findings().stream()
                    .filter(f -> TEXT_RULES.contains(f.ruleId())).map(Finding::message).toList();
            assertEquals(List.of(), found, s.name());
        }
    }
}
