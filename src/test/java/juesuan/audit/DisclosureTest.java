package juesuan.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import juesuan.model.TextOverride;
import juesuan.narrative.NarrativeGenerator;
import juesuan.narrative.Profiles;
import juesuan.template.TemplateLoader;
import org.junit.jupiter.api.Test;

/** N-17: what the inspection checklist requires the 三公 part to state even when zero. */
class DisclosureTest {
    private static String generated(juesuan.model.Report r, String key) {
        return NarrativeGenerator.generate(r, TemplateLoader.load(2023), Profiles.get(r.profile())).paragraph(key).generated();
    }

    @Test
    void bothProfilesStateEveryItemEvenWhenZero() {
        assertEquals(List.of(), new AuditFixture().messages("N-17"));
        assertEquals(List.of(), new AuditFixture().change(r -> r.setProfile("mof")).messages("N-17"));
    }

    @Test
    void aRewrittenParagraphThatLeavesOneOutIsAnError() {
        AuditFixture f = new AuditFixture().change(r -> {
            String g = generated(r, "3.3.1");
            r.setOverride("3.3.1", new TextOverride(g.replace("公务用车购置0辆，", ""), g));
        });
        assertEquals(List.of("情况说明“三、“三公”经费情况”没有写明公务用车购置数：决算公开检查要求即使为 0 也要写明（如“0辆”“0批次”或“未发生”），请在改写的段落中补上"),
                f.messages("N-17"));
        // 未发生 states a zero
        AuditFixture g = new AuditFixture().change(r -> {
            r.setProfile("mof");
            String t = generated(r, "p3.7.2.2");
            r.setOverride("p3.7.2.2", new TextOverride("1、本单位2023年度未发生因公出国（境）费用。", t));
        });
        assertEquals(List.of(), g.messages("N-17"));
    }

    @Test
    void aCountNotEnteredIsAskedForWhereItIsEntered() {
        AuditFixture f = new AuditFixture().change(r -> {
            r.setProfile("mof");
            r.setCount("tp.car.bought", null);
        });
        List<Finding> found = f.findings("N-17");
        assertEquals(1, found.size(), found.toString());
        assertEquals("情况说明“七、财政拨款“三公”经费支出决算情况说明”没有写明公务用车购置数：决算公开检查要求即使为 0 也要写明，请在“三公经费”中填写“本年购置公务用车”（没有的填 0）",
                found.getFirst().message());
        assertEquals(Place.field("threePublic", "tp.car.bought"), found.getFirst().place());
    }
}
