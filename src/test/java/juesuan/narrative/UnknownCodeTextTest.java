package juesuan.narrative;

import static org.junit.jupiter.api.Assertions.assertTrue;

import juesuan.exchange.DemoReport;
import juesuan.model.Report;
import juesuan.template.TemplateLoader;
import org.junit.jupiter.api.Test;

/** A 项 code outside the year's catalog (from an old file, say) never stops the text: it is named by its code. */
class UnknownCodeTextTest {
    @Test
    void bothProfilesWriteTheirTextAroundACodeTheCatalogLacks() {
        Report r = DemoReport.create();
        r.table("T5").addRow("2019998");
        r.table("T5").set("2019998", "project", new java.math.BigDecimal("12345.00"));
        for (String profile : new String[] {"chongqing", "mof"}) {
            Narrative n = NarrativeGenerator.generate(r, TemplateLoader.forReport(r), Profiles.get(profile));
            assertTrue(n.text().length() > 2000, profile);
        }
        String mof = NarrativeGenerator.generate(r, TemplateLoader.forReport(r), Profiles.get("mof")).text();
        assertTrue(mof.contains("2019998"), "the unknown code is named by its code");
    }
}
