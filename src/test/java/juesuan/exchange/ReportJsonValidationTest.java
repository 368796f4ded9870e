package juesuan.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import juesuan.model.Report;
import org.junit.jupiter.api.Test;

/** A report file is checked whole before anything is read from it; each refusal says what and where in Chinese. */
class ReportJsonValidationTest {
    private static Report read(String json) {
        return ReportJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private static String refused(String json) {
        return assertThrows(ReportFileException.class, () -> read(json)).getMessage();
    }

    private static String report(String extra) {
        return "{\"format\":\"juesuan-report\",\"version\":1,\"unit\":{\"code\":\"9\",\"name\":\"某单位\"},\"fiscalYear\":2024"
                + extra + "}";
    }

    @Test
    void aValidMinimalReportIsRead() {
        Report r = read(report(",\"amounts\":{\"op.opex\":\"1.234567\"}"));
        assertEquals("9", r.unit().getCode());
        assertEquals(new java.math.BigDecimal("12345.67"), r.amount("op.opex"));
    }

    @Test
    void eachDefectIsRefusedWithItsPlace() {
        assertEquals("报告文件已损坏或不是 JSON 格式（第 1 行附近），未读入任何数据。", refused("{\"format\": "));
        assertEquals("不是决算公开助手的数据文件（format 应为 juesuan-report）", refused("{\"format\":\"x\"}"));
        assertEquals("不是决算公开助手的数据文件（format 应为 juesuan-report）", refused("[1,2]"));
        assertEquals("报告文件没有注明格式版本（version），未读入任何数据。", refused("{\"format\":\"juesuan-report\"}"));
        assertEquals("报告文件的格式版本是 9，本程序只能读取第 2 版及以前的文件，未读入任何数据。请升级决算公开助手后再读入。",
                refused(report("").replace("\"version\":1", "\"version\":9")));
        assertEquals("报告文件缺少必填项 单位编码（unit.code），未读入任何数据。", refused(report("").replace("\"code\":\"9\",", "")));
        assertEquals("报告文件缺少必填项 单位名称（unit.name），未读入任何数据。", refused(report("").replace(",\"name\":\"某单位\"", "")));
        assertEquals("报告文件的年度“20244”无效，未读入任何数据。", refused(report("").replace("2024", "20244")));
        assertEquals("报告文件中 amounts.op.opex 的金额 1.2345678 万元小数位过多（最多到分，即万元后 6 位小数），未读入任何数据。",
                refused(report(",\"amounts\":{\"op.opex\":\"1.2345678\"}")));
        assertEquals("报告文件中 tables.T1.cells.r.c 的金额 1.00000000000000000001 万元小数位过多（最多到分，即万元后 6 位小数），未读入任何数据。",
                refused(report(",\"tables\":{\"T1\":{\"cells\":{\"r\":{\"c\":\"1.00000000000000000001\"}}}}")));
        assertEquals("报告文件中 comparisons.x.priorFinal 的金额 99999999999999 万元超出了可以保存的范围（不足 1 万亿万元），未读入任何数据。",
                refused(report(",\"comparisons\":{\"x\":{\"priorFinal\":\"99999999999999\"}}")));
        assertEquals("报告文件中 projects[1].totalExecuted 的值“十万”不是金额，未读入任何数据。",
                refused(report(",\"projects\":[{\"name\":\"p\",\"totalExecuted\":\"十万\"}]")));
    }
}
