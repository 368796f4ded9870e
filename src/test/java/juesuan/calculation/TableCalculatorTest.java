package juesuan.calculation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import juesuan.exchange.DemoReport;
import juesuan.model.FigureRef;
import juesuan.model.Money;
import juesuan.model.Report;
import juesuan.model.TableData;
import juesuan.model.YearTemplate;
import juesuan.template.TemplateLoader;
import org.junit.jupiter.api.Test;

class TableCalculatorTest {
    private final YearTemplate t = TemplateLoader.load(2023);

    private static BigDecimal wan(String v) {
        return Money.wanToYuan(new BigDecimal(v));
    }

    @Test
    void functionTableComputesKuanLeiAndTotal() {
        TableData d = new TableData("T3");
        d.set("2010301", "basic", wan("207.77"));
        d.set("2010302", "project", wan("175.00"));
        d.set("2080505", "basic", wan("22.96"));
        d.set("2080506", "basic", wan("9.18"));
        d.addRow("2101101");
        ComputedTable c = TableCalculator.compute(t.requireTable("T3"), d, t.functions());

        assertEquals(java.util.List.of("total", "201", "20103", "2010301", "2010302", "208", "20805", "2080505", "2080506",
                "210", "21011", "2101101"), c.rows().stream().map(ComputedRow::key).toList());
        assertEquals(wan("382.77"), c.value("201", "total"));
        assertEquals(wan("207.77"), c.value("20103", "basic"));
        assertEquals(wan("32.14"), c.value("20805", "basic"));
        assertEquals(wan("414.91"), c.value("total", "total"));
        assertEquals(wan("239.91"), c.value("total", "basic"));
        assertEquals(Money.zero(), c.value("2101101", "total"));
        assertTrue(c.isInput("2010301", "basic"));
        assertFalse(c.isInput("2010301", "total"), "本年支出合计 column is computed");
        assertFalse(c.isInput("20103", "basic"), "款 rows are computed");
        assertEquals(2, c.row("20103").orElseThrow().level());
    }

    @Test
    void fixedTableSumsNestedRows() {
        TableData d = new TableData("T7");
        d.set("trip", "budget", wan("1"));
        d.set("carBuy", "budget", wan("20"));
        d.set("carRun", "budget", wan("3.5"));
        d.set("reception", "actual", wan("0.4407"));
        ComputedTable c = TableCalculator.compute(t.requireTable("T7"), d, t.functions());
        assertEquals(wan("23.5"), c.value("car", "budget"));
        assertEquals(wan("24.5"), c.value("total", "budget"));
        assertEquals(new BigDecimal("4407.00"), c.value("total", "actual"));
    }

    @Test
    void demoUnitTotalsMatchTheSample() {
        Report demo = DemoReport.create();
        ReportFigures f = new ReportFigures(demo, t);
        assertEquals(wan("1463.32"), f.table("T1").value("in.grand", "amount"));
        assertEquals(wan("1463.32"), f.table("T1").value("out.grand", "amount"));
        assertEquals(wan("274.64"), f.table("T3").value("total", "basic"));
        assertEquals(wan("1188.68"), f.table("T3").value("total", "project"));
        assertEquals(wan("1396.45"), f.table("T5").value("201", "total"));
        assertEquals(wan("232.10"), f.table("T6").value("personnel", "amount"));
        assertEquals(wan("42.54"), f.table("T6").value("public", "amount"));
        assertEquals(wan("1463.32"), f.table("T4").value("out.total", "total"));
        assertEquals(wan("1111.07"), f.amount("pr.total"));
        assertEquals(0, f.count("as.car.total"));
        assertEquals(wan("0.4407"), f.value(FigureRef.parse("T7/total/actual")));
        assertEquals("0.44", Money.formatWanPlain(f.value(FigureRef.parse("T7/total/actual"))));
    }
}
