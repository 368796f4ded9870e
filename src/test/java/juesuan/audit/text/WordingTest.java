package juesuan.audit.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Wording defects as inspections of published disclosures find them, and correct wording that must pass. */
class WordingTest {
    private static List<String> found(String text) {
        return Wording.in(text, 2023, true).stream().map(d -> d.kind() + " " + d.words()).toList();
    }

    private static void clean(String text) {
        assertEquals(List.of(), found(text), text);
    }

    @Test
    void directionsRunTogether() {
        assertEquals(List.of("CONTRADICTION 大小于"), found("决算数大小于预算数的主要原因：年中追加政务大厅日常运转经费。"));
        assertEquals(List.of("CONTRADICTION 减增加"), found("会议费支出0.84万元，比上年度减增加12.60万元，主要原因是会议减少。"));
        assertEquals(List.of("CONTRADICTION 增加下降"), found("会议费支出0.84万元，较上年增加下降1.54万元。"));
        // two direction words before one figure, apart
        assertEquals(List.of("CONTRADICTION 增加或减少1.54万元"), found("会议费支出0.84万元，较上年增加或减少1.54万元。"));
    }

    @Test
    void aChangeBesideFlat() {
        assertEquals(List.of("CHANGE_AND_FLAT 减少为0.00万元，与上年持平"), found("因公出国（境）费减少为0.00万元，与上年持平。"));
        // 持平 said of another subject, or against the other basis, is no contradiction
        clean("2023年度“三公”经费支出决算数与2022年度相比减少0.24万元，下降35.29%，其中：因公出国（境）费支出决算持平；公务接待费支出决算减少0.24万元，下降35.29%。");
        clean("公务接待费0.44万元。费用支出较年初预算数减少0.86万元，下降66.15%；与上年支出数持平。");
        // a change of 0 with a direction is a hint of its own
        assertEquals(List.of("ZERO_CHANGE 增加0.00万元"), found("培训费支出0.00万元，较上年增加0.00万元。"));
    }

    @Test
    void wordsInTheWrongOrder() {
        assertEquals(List.of("SWAPPED 支出收入"), found("本年度支出收入86.00万元。"));
        clean("本年度收入支出总计86.00万元。");
    }

    @Test
    void aShareOrAnAmountWithoutItsUnit() {
        assertEquals(List.of("NO_PERCENT 占64.18"), found("一般公共服务支出1396.45万元，占64.18；教育支出1.28万元，占0.09%。"));
        assertEquals(List.of("NO_PERCENT 增长13.95"), found("支出增加5万元，增长13.95。"));
        assertEquals(List.of("NO_PERCENT 占64"), found("一般公共服务支出1396.45万元，占64；"));
        assertEquals(List.of("NO_UNIT 本年支出合计1463.32"), found("本年支出合计1463.32，其中：基本支出274.64万元。"));
        clean("增长13.95%。");
        clean("支出决算为207.77万元。");
        clean("见第5.2节。");
        clean("1.收入支出总体情况。本年收入1463.32万元。");
        // the unit stated once for the paragraph
        clean("项目资金（万元）：年初预算数192.8、全年执行数292.8；执行率100%。");
        // a telephone number, a date
        clean("联系电话：023-81222208。截至2023年12月31日。");
    }

    @Test
    void aYearThatIsNotTheReports() {
        assertEquals(List.of("YEAR 2021年度收入合计"), found("2.收入情况。2021年度收入合计1463.32万元。"));
        assertEquals(List.of("YEAR 2021年相比"), found("2023年度财政拨款收、支总计1463.32万元。与2021年相比，财政拨款收、支总计各增加350.10万元。"));
        assertEquals(List.of("OTHER_YEAR 2019年出台的制度执"), found("本年度按2019年出台的制度执行。"));
        clean("2023年度收入合计1463.32万元，较2022年增加363.70万元。");
        clean("截至2023年12月31日，本部门共有车辆0辆。");
        // in a reason the officer names the years the money was for
        clean("本年度会议费支出0.84万元，较上年减少1.54万元，主要原因是补发2021年度健康休养费。");
        // a generated paragraph is not read for years
        assertEquals(List.of(), Wording.in("2021年度收入合计1463.32万元。", 2023, false));
    }
}
