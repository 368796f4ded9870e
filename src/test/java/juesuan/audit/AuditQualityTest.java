package juesuan.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import juesuan.tools.AuditQuality;
import org.junit.jupiter.api.Test;

/**
 * The quality benchmark (tools/AuditQuality, docs/AUDIT-QUALITY.md) on every fourth paragraph: text written correctly
 * as people write it raises no 错误, and every injected defect raises one.
 */
class AuditQualityTest {
    @Test
    void correctParagraphsRaiseNoErrorAndEveryDefectIsCaught() {
        AuditQuality.Result r = AuditQuality.run(4);
        assertTrue(r.paragraphs() >= 75, "paragraphs: " + r.paragraphs());
        StringBuilder detail = new StringBuilder();
        r.correct().forEach((k, t) -> t.examples.stream().filter(o -> !o.newErrors().isEmpty())
                .forEach(o -> detail.append(k).append(" @ ").append(o.sample().shape()).append(' ').append(o.sample().key())
                        .append(": ").append(o.newErrors()).append('\n')));
        r.defects().forEach((k, t) -> t.examples.forEach(o -> detail.append(k).append(" missed @ ").append(o.sample().shape())
                .append(' ').append(o.sample().key()).append(": ").append(o.text()).append('\n')));
        assertEquals(0, r.falseErrors(), detail.toString());
        assertEquals(0, r.missed(), detail.toString());
        long kinds = r.defects().values().stream().filter(t -> t.paragraphs > 0).count();
        assertTrue(kinds >= 12, "defect kinds tried: " + kinds);
        assertTrue(r.correct().values().stream().allMatch(t -> t.paragraphs > 0));
    }
}
