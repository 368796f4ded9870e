package juesuan.audit;

import static juesuan.audit.AuditFixture.wan;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import juesuan.model.Basis;
import juesuan.model.Comparison;
import org.junit.jupiter.api.Test;

/** A note fires only where it applies: to what the profile prints, and to the kind of unit the report is. */
class NotesThatApplyTest {
    @Test
    void aBaseTheProfileDoesNotPrintNeedsNoFigure() {
        // 机关运行经费 against its budget: the Chongqing text compares it, the Ministry-of-Finance text does not
        AuditFixture chongqing = new AuditFixture().change(r -> r.setComparison("op.opex", new Comparison(wan("30.49"), null, null)));
        assertEquals(1, chongqing.messages("N-4").size());
        AuditFixture mof = new AuditFixture().change(r -> {
            r.setProfile("mof");
            r.setComparison("op.opex", new Comparison(wan("30.49"), null, null));
        });
        assertEquals(List.of(), mof.messages("N-4"));
        // 会议费 against last year: printed in Chongqing, not in the Ministry-of-Finance text
        assertEquals(1, new AuditFixture().change(r -> r.setComparison("op.meeting", Comparison.EMPTY)).messages("R-3").size());
        assertEquals(List.of(), new AuditFixture().change(r -> {
            r.setProfile("mof");
            r.setComparison("op.meeting", Comparison.EMPTY);
        }).messages("R-3"));
    }

    @Test
    void aDepartmentWithInstitutionsIsNotOneAdministrativeUnit() {
        // a 行政单位 whose 机关运行经费 is below its 公用经费: worth a look ...
        assertEquals(1, new AuditFixture().change(r -> r.setAmount("op.opex", wan("40"))).messages("X-11").size());
        // ... but not for a department whose members include 事业单位 (事业收入 in its tables)
        assertEquals(List.of(), new AuditFixture().change(r -> {
            r.setAmount("op.opex", wan("40"));
            r.table("T2").set("2010302", "business", wan("12"));
            r.table("T3").set("2010302", "basic", juesuan.model.Money.add(r.table("T3").get("2010302", "basic"), wan("12")));
        }).messages("X-11"));
    }

    @Test
    void oneRepeatedReasonIsOneNote() {
        String boilerplate = "严格落实过紧日子要求，压减一般性支出，加强预算执行管理，确保各项支出规范有序。";
        AuditFixture f = new AuditFixture().change(r -> {
            for (String key : List.of("total.grand", "fiscal.grand", "gpb.spend", "op.opex")) {
                r.setReason(key, Basis.PRIOR, boilerplate);
            }
        });
        assertEquals(1, f.messages("N-5").stream().filter(m -> m.contains(boilerplate.substring(0, 20))).count(), f.messages("N-5").toString());
    }

    @Test
    void procurementAwardedWithinWhatWasReserved() {
        assertEquals(List.of(), new AuditFixture().change(r -> {
            r.setAmount("pr.reserved.sme", wan("300"));
            r.setAmount("pr.awarded.sme", wan("264.6"));
        }).messages("N-11"));
        List<String> found = new AuditFixture().change(r -> {
            r.setAmount("pr.reserved.sme", wan("200"));
            r.setAmount("pr.awarded.sme", wan("264.6"));
        }).messages("N-11");
        assertEquals(1, found.size(), found.toString());
        org.junit.jupiter.api.Assertions.assertTrue(found.getFirst().contains("预留项目中由中小企业中标或成交的金额"), found.getFirst());
    }

    @Test
    void ratingsCoverEverySelfEvaluatedProjectWhereTheTextPrintsThem() {
        // the demo: 13 projects self-evaluated, one 自评表 published; the MoF text would print the 平均得分 and ratings
        AuditFixture mof = new AuditFixture().change(r -> r.setProfile("mof"));
        assertEquals(List.of("情况说明没有写平均得分和各评级的项目数：公开的绩效自评表只有 1 张，开展绩效自评的项目有 13 个，不能由自评表算出，"
                + "请在“预算绩效”中填写（预算绩效）"), mof.messages("N-12").stream().filter(m -> m.contains("评级")).toList());
        assertEquals(List.of("情况说明没有写平均得分：公开的绩效自评表只有 1 张，开展绩效自评的项目有 13 个，不能由自评表算出，"
                + "请在“预算绩效”中填写（预算绩效）"), new AuditFixture().change(r -> {
                    r.setProfile("mof");
                    r.setCount("pf.grade.A", 11L);
                    r.setCount("pf.grade.B", 2L);
                }).messages("N-12").stream().filter(m -> m.contains("得分") || m.contains("评级")).toList());
        assertEquals(List.of(), new AuditFixture().change(r -> {
            r.setProfile("mof");
            r.setCount("pf.grade.A", 11L);
            r.setCount("pf.grade.B", 2L);
            r.setText("pf.averageScore", "96.5");
        }).messages("N-12").stream().filter(m -> m.contains("得分") || m.contains("评级")).toList());
        // entered ratings that do not add up to the self-evaluated projects
        assertEquals(List.of("各评级的项目数合计 12 个，与开展绩效自评的项目 13 个不符（预算绩效）"), new AuditFixture().change(r -> {
            r.setProfile("mof");
            r.setCount("pf.grade.A", 12L);
            r.setText("pf.averageScore", "96.5");
        }).messages("N-12").stream().filter(m -> m.contains("得分") || m.contains("评级")).toList());
        // the Chongqing text prints no ratings: no note
        assertEquals(List.of(), new AuditFixture().messages("N-12").stream().filter(m -> m.contains("评级")).toList());
    }
}
