package juesuan.audit.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import juesuan.template.TemplateLoader;
import org.junit.jupiter.api.Test;

/** 科目 names in the text against the year's catalog: outdated names, and a paragraph's code named otherwise. */
class SubjectNamesTest {
    private static final SubjectNames NAMES = SubjectNames.of(TemplateLoader.load(2023).functions());

    private static List<String> found(String text, String code) {
        return NAMES.in(text, code).stream().map(m -> m.kind() + " " + m.written() + " → " + m.code() + " " + m.right()
                + (m.other().isEmpty() ? "" : " (" + m.other() + ")")).toList();
    }

    @Test
    void anOutdatedNameIsSaidWithTheCurrentOne() {
        assertEquals(List.of("OUTDATED 文化体育与传媒支出 → 207 文化旅游体育与传媒支出"),
                found("一般公共预算财政拨款支出主要用于以下方面：文化体育与传媒支出12.00万元，占1.00%。", null));
        assertEquals(List.of("OUTDATED 医疗卫生与计划生育支出（类） → 210 卫生健康支出"),
                found("医疗卫生与计划生育支出（类）11.93万元，占0.82%。", null));
        // the longest outdated name, once
        assertEquals(List.of("OUTDATED 其他文化体育与传媒支出 → 20799 其他文化旅游体育与传媒支出"), found("其他文化体育与传媒支出5.00万元。", null));
        // a short one only as a 科目 with its level mark
        assertEquals(List.of("OUTDATED 扶贫（款） → 21305 巩固脱贫攻坚成果衔接乡村振兴"), found("农林水支出（类）扶贫（款）其他扶贫支出（项）。", null)
                .subList(0, 1));
        assertEquals(List.of(), found("本单位开展扶贫帮扶工作，支出12.00万元。", null));
    }

    @Test
    void currentNamesPass() {
        assertEquals(List.of(), found("文化旅游体育与传媒支出（类）12.00万元；卫生健康支出（类）11.93万元；城乡社区管理事务（款）。", null));
        assertEquals(List.of(), found("1、一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）。年初预算为200.66万元。", "2010301"));
        assertEquals(List.of(), found("（2）教育支出1.28万元，占0.09%，较年初预算数无增减。", "205"));
    }

    @Test
    void aParagraphsCodeNamedOtherwise() {
        // a 项 named with another code's name
        assertEquals(List.of("OTHER_CODE 一般行政管理事务（项） → 2010301 行政运行 (2010302)"),
                found("1、一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）一般行政管理事务（项）。年初预算为200.66万元。", "2010301"));
        // a name that is no code's
        assertEquals(List.of("NOT_THE_CODES 机关运行（项） → 2010301 行政运行"),
                found("1、一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）机关运行（项）。年初预算为200.66万元。", "2010301"));
        // a 类 paragraph naming another 类
        assertEquals(List.of("OTHER_CODE 社会保障和就业支出 → 205 教育支出 (208)"), found("（2）社会保障和就业支出1.28万元，占0.09%。", "205"));
    }
}
