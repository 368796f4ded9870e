package juesuan.audit.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A written paragraph against the paragraph written from the figures, for the sentence patterns of the profiles and
 * the variants real disclosures use: figures compared by value at the precision written, each tied to its own subject.
 */
class ReadingAsPeopleWriteTest {
    private static List<TextCheck.Problem> problems(String written, String generated) {
        return TextCheck.compare(written, generated);
    }

    private static void same(String written, String generated) {
        assertEquals(List.of(), problems(written, generated), written);
    }

    private static TextCheck.Problem one(String written, String generated) {
        List<TextCheck.Problem> p = problems(written, generated);
        assertEquals(1, p.size(), written + " → " + p);
        return p.getFirst();
    }

    @Test
    void numbersAreReadWithSeparatorsFullWidthDigitsAndUnits() {
        List<Written> n = Numbers.in("收入总计18,236.40万元，其中１２．５万元、占3.5％，接待52人次，较上年-0.24万元");
        assertEquals(List.of("18236.40万元", "12.5万元", "3.5％", "52人次", "-0.24万元"), n.stream().map(Written::text).toList());
        assertEquals(new BigDecimal("18236.40"), n.getFirst().value());
        // a list of numbers separated by commas is not one number
        assertEquals(List.of("1", "2万元"), Numbers.in("分别为1,2万元").stream().map(Written::text).toList());
    }

    @Test
    void fewerDecimalsStateTheSameFigure() {
        same("其他收入5.4万元，占0.37%。", "其他收入5.40万元，占0.37%。");
        same("工程采购金额0万元。", "工程采购金额0.00万元。");
        same("完成年初预算的100%。", "完成年初预算的100.00%。");
        same("支出合计1,463.32万元。", "支出合计1463.32万元。");
        same("收入总计18,236.40万元。", "收入总计18236.40万元。");
        // a figure rounded to fewer decimals the wrong way is still wrong
        assertInstanceOf(TextCheck.Wrong.class, one("其他收入5.5万元。", "其他收入5.40万元。"));
        // one hundredth off is wrong
        assertInstanceOf(TextCheck.Wrong.class, one("其他收入5.41万元。", "其他收入5.40万元。"));
        // 18,236.40 is not 236.40
        assertInstanceOf(TextCheck.Wrong.class, one("收入总计18,236.40万元。", "收入总计18236.41万元。"));
    }

    @Test
    void aShareBelongsToTheClassBeforeIt() {
        String g = "一般公共预算财政拨款支出301.46万元，主要用于以下方面：社会保障和就业支出（类）12.36万元，占4.10%；住房保障支出（类）31.05万元，占10.30%。";
        same("一般公共预算财政拨款支出301.46万元，主要用于以下方面：社会保障和就业支出（类）12.36万元，占4.10%；住房保障支出（类）31.05万元，占10.30%。", g);
        // amounts after the names, without the level marks, shares as 占比
        same("一般公共预算财政拨款支出301.46万元。其中社会保障和就业支出为12.36万元，占比4.1%；住房保障支出为31.05万元，占比10.3%。", g);
        // the neighbour's share written for the second class
        TextCheck.Problem p = one("一般公共预算财政拨款支出301.46万元，主要用于以下方面：社会保障和就业支出（类）12.36万元，占4.10%；住房保障支出（类）31.05万元，占4.10%。", g);
        TextCheck.OtherSubject o = assertInstanceOf(TextCheck.OtherSubject.class, p);
        assertEquals("住房保障支出", o.written().subject());
        assertEquals("10.30%", o.expected().number().text());
        assertEquals("社会保障和就业支出（类）", o.other().written());
    }

    @Test
    void anItemsCompletionIsTheItemsNotTheTotals() {
        String g = "“三公”经费财政拨款支出年初预算为1.30万元，支出决算为0.44万元，完成预算的33.85%，其中：因公出国（境）费决算为0.00万元；"
                + "公务用车购置及运行维护费支出决算为0.00万元；公务接待费支出决算为0.44万元，完成预算的33.85%。";
        same("“三公”经费财政拨款支出年初预算为1.30万元，支出决算为0.44万元，完成预算的33.85%，其中：因公出国（境）费决算为0.00万元，完成预算的0.00%；"
                + "公务用车购置及运行维护费支出决算为0.00万元；公务接待费支出决算为0.44万元，完成预算的33.85%。", g);
        // the total's completion written for the trips
        TextCheck.Problem p = one("“三公”经费财政拨款支出年初预算为1.30万元，支出决算为0.44万元，完成预算的33.85%，其中：因公出国（境）费决算为0.00万元，完成预算的33.85%；"
                + "公务用车购置及运行维护费支出决算为0.00万元；公务接待费支出决算为0.44万元，完成预算的33.85%。", g);
        assertEquals("因公出国（境）费", p.written().written());
    }

    @Test
    void aGenericWordTakesTheSubjectOfItsClause() {
        String g = "政府采购支出总额1111.07万元，其中：政府采购货物支出0.00万元、政府采购工程支出0.00万元、政府采购服务支出1111.07万元。"
                + "授予中小企业合同金额264.60万元，其中：授予小微企业合同金额122.00万元。在其他政府采购项目中，由中小企业供应商中标或成交的，采购金额0.00万元。";
        same("政府采购支出总额1111.07万元，其中：政府采购货物支出0.00万元、政府采购工程支出0.00万元、政府采购服务支出1111.07万元。"
                + "授予中小企业合同金额264.60万元，其中：授予小微企业合同金额122.00万元。在其他政府采购项目中，由中小企业供应商中标或成交的，采购金额0万元。", g);
    }

    @Test
    void changesAndRatesAgainstLastYearAndTheBudget() {
        String g = "公务接待费0.44万元。费用支出较年初预算数减少0.86万元，下降66.15%；较上年支出数减少0.24万元，下降35.29%。";
        same("公务接待费支出0.44万元，比年初预算减少0.86万元，下降66.2%；与上年相比减少0.24万元，下降35.3%。", g);
        // the budget's decline written against last year
        TextCheck.Problem p = one("公务接待费0.44万元。费用支出较年初预算数减少0.86万元，下降66.15%；较上年支出数减少0.24万元，下降66.15%。", g);
        assertInstanceOf(TextCheck.Wrong.class, p);
        // the direction word the other way
        assertInstanceOf(TextCheck.Direction.class, one("公务接待费0.44万元。费用支出较年初预算数增加0.86万元，下降66.15%；较上年支出数减少0.24万元，下降35.29%。", g));
    }

    @Test
    void anItemsDeclineIsNotTheTotals() {
        String g = "2023年度“三公”经费财政拨款支出决算数与2022年度相比减少0.24万元，下降35.29%，其中：因公出国（境）费支出决算持平；"
                + "公务接待费支出决算减少0.30万元，下降40.54%。";
        TextCheck.Problem p = one("2023年度“三公”经费财政拨款支出决算数与2022年度相比减少0.24万元，下降35.29%，其中：因公出国（境）费支出决算持平；"
                + "公务接待费支出决算减少0.30万元，下降35.29%。", g);
        TextCheck.OtherSubject o = assertInstanceOf(TextCheck.OtherSubject.class, p);
        assertEquals("40.54%", o.expected().number().text());
    }

    @Test
    void flatAndEqualAreNoFigures() {
        String g = "教育支出1.28万元，占0.09%，较年初预算数无增减。";
        same("教育支出1.28万元，占0.09%，决算数与预算数持平。", g);
        same("教育支出1.28万元，占0.09%，与年初预算基本持平。", g);
        // a change written where the figures did not change
        assertInstanceOf(TextCheck.Flat.class, one("教育支出1.28万元，占0.09%，较年初预算数增加0.20万元。", g));
    }

    @Test
    void whatCannotBePlacedIsSaidNotGuessed() {
        TextCheck.Problem p = one("本年支出1463.32万元。另有一笔12.34万元。", "本年支出1463.32万元。");
        assertInstanceOf(TextCheck.Untied.class, p);
    }

    @Test
    void figuresInTheReasonsAreTheOfficersOwn() {
        same("一般公共服务支出1396.45万元，较年初预算数增加77.11万元，主要原因是年中追加政务大厅日常运转经费53万元。",
                "一般公共服务支出1396.45万元，较年初预算数增加77.11万元。");
        assertTrue(Reader.read("主要用于接待52人次").isEmpty());
    }
}
